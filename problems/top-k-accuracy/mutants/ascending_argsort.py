"""Takes the first k indices of np.argsort(logits), which are the k lowest scores, not the highest."""
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
    top = np.argsort(logits, axis=1, kind="stable")[:, :k]
    return float(np.mean((top == targets[:, None]).any(axis=1)))
