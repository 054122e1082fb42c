"""Compares the target's score with the k-th largest score of its row (np.sort), every row a hit when k >= C."""
import numpy as np


def top_k_accuracy(logits, targets, k):
    if k < 1:
        raise ValueError("k must be >= 1")
    if len(logits) == 0:
        raise ValueError("no rows")
    n, c = logits.shape
    if len(targets) != n:
        raise ValueError("length mismatch")
    if targets.min() < 0 or targets.max() >= c:
        raise ValueError("target out of range")
    if k >= c:
        return 1.0
    kth = np.sort(logits, axis=1)[:, c - k]
    t = logits[np.arange(n), targets]
    return float(np.count_nonzero(t >= kth) / n)
