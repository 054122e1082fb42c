"""Does not check k: k = 0 returns 0.0 instead of raising ValueError."""
import numpy as np


def top_k_accuracy(logits, targets, k):
    if logits.ndim != 2 or logits.shape[0] == 0:
        raise ValueError("no rows")
    if targets.shape != (logits.shape[0],):
        raise ValueError("length mismatch")
    if np.any((targets < 0) | (targets >= logits.shape[1])):
        raise ValueError("target out of range")
    t = logits[np.arange(len(targets)), targets]
    return float(np.mean((logits > t[:, None]).sum(axis=1) < k))
