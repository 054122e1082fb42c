"""Checks k < 0 instead of k < 1, so k = 0 is not refused with ValueError."""
import numpy as np


def top_k_filter(logits, k):
    if k < 0:
        raise ValueError(f"k must not be negative, got {k}")
    z = np.array(logits, dtype=float)
    C = z.shape[-1]
    if k >= C:
        return z
    kth = np.sort(z, axis=-1)[..., C - k : C - k + 1]
    z[z < kth] = -np.inf
    return z
