"""Does not check for N = 0, so the mean over no rows is nan instead of a ValueError."""
import warnings

import numpy as np


def top_k_accuracy(logits, targets, k):
    if k < 1:
        raise ValueError("k < 1")
    if targets.shape != (logits.shape[0],):
        raise ValueError("length mismatch")
    if np.any((targets < 0) | (targets >= logits.shape[1])):
        raise ValueError("target out of range")
    t = logits[np.arange(len(targets)), targets]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return float(np.mean((logits > t[:, None]).sum(axis=1) < k))
