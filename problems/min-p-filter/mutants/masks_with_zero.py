"""Sets the filtered entries to 0 instead of -inf (a logit of 0 still has positive probability)."""
import numpy as np


def min_p_filter(logits, min_p):
    if not 0 <= min_p <= 1:
        raise ValueError("min_p must be in [0, 1]")
    z = np.asarray(logits, dtype=float)
    ratio = np.exp(z - z.max(axis=-1, keepdims=True))
    return np.where(ratio < min_p, 0.0, z)
