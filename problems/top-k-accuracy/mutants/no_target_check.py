"""Does not check the targets: -1 silently picks the last class's score (and C raises IndexError, not ValueError)."""
import numpy as np


def top_k_accuracy(logits, targets, k):
    if k < 1:
        raise ValueError("k < 1")
    if logits.ndim != 2 or logits.shape[0] == 0:
        raise ValueError("no rows")
    if targets.shape != (logits.shape[0],):
        raise ValueError("length mismatch")
    t = logits[np.arange(len(targets)), targets]
    return float(np.mean((logits > t[:, None]).sum(axis=1) < k))
