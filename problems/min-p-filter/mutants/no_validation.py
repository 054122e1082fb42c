"""Never checks min_p, so values outside [0, 1] return a result instead of raising ValueError."""
import numpy as np


def min_p_filter(logits, min_p):
    z = np.asarray(logits, dtype=float)
    ratio = np.exp(z - z.max(axis=-1, keepdims=True))
    return np.where(ratio < min_p, -np.inf, z)
