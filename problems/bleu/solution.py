import math
from collections import Counter


def _ngram_counts(tokens, n):
    """Counter of the n-grams (as tuples) of a token list; empty when len(tokens) < n."""
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def bleu(candidate, references, max_n=4):
    """Sentence-level BLEU of a candidate token list against reference token lists, no smoothing.

    Clipped n-gram precisions p_1 .. p_max_n (each candidate n-gram credited at most its largest
    count in a single reference), their geometric mean, times the brevity penalty
    1 if c > r else exp(1 - r / c), r the reference length closest to c (ties: the shorter).
    Exactly 0.0 for an empty candidate, an order without candidate n-grams, or some p_n = 0.
    Raises ValueError when max_n < 1 or references is empty.
    """
    if max_n < 1:
        raise ValueError(f"max_n must be at least 1, got {max_n}")
    if len(references) == 0:
        raise ValueError("bleu needs at least one reference")
    c = len(candidate)
    if c == 0:
        return 0.0
    log_sum = 0.0
    for n in range(1, max_n + 1):
        cand = _ngram_counts(candidate, n)
        total = sum(cand.values())
        limit = Counter()
        for ref in references:
            limit |= _ngram_counts(ref, n)  # elementwise maximum of the counts
        matched = sum(min(count, limit[gram]) for gram, count in cand.items())
        if total == 0 or matched == 0:
            return 0.0
        log_sum += math.log(matched / total)
    r = min((len(ref) for ref in references), key=lambda length: (abs(length - c), length))
    brevity = 1.0 if c > r else math.exp(1.0 - r / c)
    return brevity * math.exp(log_sum / max_n)
