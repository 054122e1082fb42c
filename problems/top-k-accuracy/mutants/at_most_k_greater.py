"""Counts a row as a hit when at most k scores are strictly greater (<= k instead of < k): an off-by-one that makes top-k act like top-(k+1).

Hint: 2
"""
import numpy as np


def _check(logits, targets, k):
    if k < 1:
        raise ValueError("k < 1")
    if logits.ndim != 2 or logits.shape[0] == 0:
        raise ValueError("no rows")
    if targets.shape != (logits.shape[0],):
        raise ValueError("length mismatch")
    if np.any((targets < 0) | (targets >= logits.shape[1])):
        raise ValueError("target out of range")


def top_k_accuracy(logits, targets, k):
    _check(logits, targets, k)
    t = logits[np.arange(len(targets)), targets]
    return float(np.mean((logits > t[:, None]).sum(axis=1) <= k))
