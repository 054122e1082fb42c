"""The N-th root of the product of the precisions, with dict-based clipping and a sorted scan for the closest length."""
import math


def _counts(tokens, n):
    counts = {}
    for i in range(len(tokens) - n + 1):
        gram = tuple(tokens[i:i + n])
        counts[gram] = counts.get(gram, 0) + 1
    return counts


def bleu(candidate, references, max_n=4):
    if max_n < 1:
        raise ValueError("max_n must be >= 1")
    if not references:
        raise ValueError("no references")
    c = len(candidate)
    product = 1.0
    for n in range(1, max_n + 1):
        cand = _counts(candidate, n)
        if not cand:
            return 0.0
        ref_counts = [_counts(ref, n) for ref in references]
        matched = 0
        for gram, count in cand.items():
            matched += min(count, max(rc.get(gram, 0) for rc in ref_counts))
        if matched == 0:
            return 0.0
        product *= matched / sum(cand.values())
    best = None
    for length in sorted(len(ref) for ref in references):
        if best is None or abs(length - c) < abs(best - c):
            best = length
    penalty = 1.0 if c > best else math.exp(1 - best / c)
    return penalty * product ** (1.0 / max_n)
