"""Keeps exactly k entries chosen with argsort, so entries tied with the k-th largest are dropped.

Hint: 2
"""
import numpy as np


def top_k_filter(logits, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    z = np.array(logits, dtype=float)
    if k >= z.shape[-1]:
        return z
    drop = np.argsort(z, axis=-1)[..., :-k]  # all but the k largest indices
    out = z.copy()
    np.put_along_axis(out, drop, -np.inf, axis=-1)
    return out
