"""Drops entries whose ratio is <= min_p instead of < min_p, so min_p = 1 drops the maximum too and empties the row."""
import numpy as np


def min_p_filter(logits, min_p):
    if not 0 <= min_p <= 1:
        raise ValueError("min_p must be in [0, 1]")
    z = np.asarray(logits, dtype=float)
    ratio = np.exp(z - z.max(axis=-1, keepdims=True))
    return np.where(ratio <= min_p, -np.inf, z)
