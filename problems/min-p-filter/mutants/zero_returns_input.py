"""Short-cuts min_p = 0 by returning the caller's array itself instead of a new one."""
import numpy as np


def min_p_filter(logits, min_p):
    if not 0 <= min_p <= 1:
        raise ValueError("min_p must be in [0, 1]")
    if min_p == 0:
        return logits
    z = np.asarray(logits, dtype=float)
    ratio = np.exp(z - z.max(axis=-1, keepdims=True))
    return np.where(ratio < min_p, -np.inf, z)
