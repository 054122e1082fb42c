"""Does not clip: every candidate n-gram that occurs in some reference counts, however often it repeats.

Hint: 1
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
        seen = set()
        for ref in references:
            seen |= set(_ngram_counts(ref, n))
        total = sum(cand.values())
        matched = sum(count for gram, count in cand.items() if gram in seen)
        if total == 0 or matched == 0:
            return 0.0
        log_sum += math.log(matched / total)
    r = _closest(references, c)
    return (1.0 if c > r else math.exp(1 - r / c)) * math.exp(log_sum / max_n)
