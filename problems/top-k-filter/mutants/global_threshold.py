"""Uses one threshold for the whole batch (sorting the flattened array) instead of one per row.

Hint: 1
"""
import numpy as np


def top_k_filter(logits, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    z = np.array(logits, dtype=float)
    if k >= z.shape[-1]:
        return z
    threshold = np.sort(z, axis=None)[-k]
    return np.where(z < threshold, -np.inf, z)
