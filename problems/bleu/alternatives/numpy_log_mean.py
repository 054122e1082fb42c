"""Counter-based counts, precisions gathered in a numpy array, geometric mean as exp(mean(log p))."""
from collections import Counter

import numpy as np


def bleu(candidate, references, max_n=4):
    if max_n < 1 or len(references) == 0:
        raise ValueError("need max_n >= 1 and at least one reference")
    c = len(candidate)
    if c < max_n:  # covers the empty candidate: some order has no n-grams
        return 0.0
    precisions = np.empty(max_n)
    for n in range(1, max_n + 1):
        grams = Counter(zip(*[candidate[i:] for i in range(n)]))
        limit = Counter()
        for ref in references:
            for gram, count in Counter(zip(*[ref[i:] for i in range(n)])).items():
                limit[gram] = max(limit[gram], count)
        matched = sum(min(count, limit[gram]) for gram, count in grams.items())
        if matched == 0:
            return 0.0
        precisions[n - 1] = matched / sum(grams.values())
    lengths = np.array([len(ref) for ref in references])
    r = int(lengths[np.lexsort((lengths, np.abs(lengths - c)))[0]])
    bp = 1.0 if c > r else float(np.exp(1 - r / c))
    return bp * float(np.exp(np.mean(np.log(precisions))))
