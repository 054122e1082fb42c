"""Compares with <= instead of <, so the k-th largest value itself (and its ties) is filtered out.

Hint: 2
"""
import numpy as np


def top_k_filter(logits, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    z = np.array(logits, dtype=float)
    if k >= z.shape[-1]:
        return z
    threshold = np.sort(z, axis=-1)[..., -k][..., None]
    return np.where(z <= threshold, -np.inf, z)
