"""Takes the threshold at sorted index -(k + 1), one place too far, so it keeps k + 1 entries.

Hint: 1
"""
import numpy as np


def top_k_filter(logits, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    z = np.array(logits, dtype=float)
    if k >= z.shape[-1]:
        return z
    threshold = np.sort(z, axis=-1)[..., -(k + 1)][..., None]
    return np.where(z < threshold, -np.inf, z)
