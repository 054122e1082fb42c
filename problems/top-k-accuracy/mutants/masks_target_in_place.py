"""Sets each target's score to -inf in the caller's logits (to count the other classes), modifying the input."""
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
    rows = np.arange(len(targets))
    t = logits[rows, targets].copy()
    logits[rows, targets] = -np.inf
    return float(np.mean((logits > t[:, None]).sum(axis=1) < k))
