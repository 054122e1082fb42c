"""Writes the brevity penalty as exp(1 - c / r) instead of exp(1 - r / c).

Hint: 2
"""
import math
from collections import Counter


def _ngram_counts(tokens, n):
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def _closest(references, c):
    return min((len(ref) for ref in references), key=lambda length: (abs(length - c), length))


def bleu(candidate, references, max_n=4):
    if max_n < 1 or not references:
        raise ValueError("bad arguments")
    c = len(candidate)
    if c == 0:
        return 0.0
    log_sum = 0.0
    for n in range(1, max_n + 1):
        cand = _ngram_counts(candidate, n)
        limit = Counter()
        for ref in references:
            limit |= _ngram_counts(ref, n)
        total = sum(cand.values())
        matched = sum(min(count, limit[gram]) for gram, count in cand.items())
        if total == 0 or matched == 0:
            return 0.0
        log_sum += math.log(matched / total)
    r = _closest(references, c)
    if r == 0:
        return math.exp(log_sum / max_n)
    return (1.0 if c > r else math.exp(1 - c / r)) * math.exp(log_sum / max_n)
