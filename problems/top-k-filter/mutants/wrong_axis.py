"""Sorts along axis 0 (down the batch) instead of the last axis (along each row).

Hint: 1
"""
import numpy as np


def top_k_filter(logits, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    z = np.array(logits, dtype=float)
    if k >= z.shape[-1]:
        return z
    if z.ndim == 1:
        threshold = np.sort(z)[-k]
    else:
        threshold = np.sort(z, axis=0)[-k % z.shape[0]]
    return np.where(z < threshold, -np.inf, z)
