"""Counts scores greater than or equal to the target's (other than itself), so a tie at the cut-off pushes the target out.

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
    n_at_least = (logits >= t[:, None]).sum(axis=1) - 1
    return float(np.mean(n_at_least < k))
