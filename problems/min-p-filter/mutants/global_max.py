"""Takes one maximum over the whole batch (z.max() with no axis) instead of one per row.

Hint: 1
"""
import numpy as np


def min_p_filter(logits, min_p):
    if not 0 <= min_p <= 1:
        raise ValueError("min_p must be in [0, 1]")
    z = np.asarray(logits, dtype=float)
    ratio = np.exp(z - z.max())
    return np.where(ratio < min_p, -np.inf, z)
