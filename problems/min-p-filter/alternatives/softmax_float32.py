"""A stable softmax in float32, then probabilities >= min_p * the row's largest probability."""
import numpy as np


def min_p_filter(logits, min_p):
    if not (0.0 <= min_p <= 1.0):
        raise ValueError(f"min_p = {min_p}")
    z = np.asarray(logits, dtype=float)
    z32 = z.astype(np.float32)
    e = np.exp(z32 - z32.max(axis=-1, keepdims=True))
    q = e / e.sum(axis=-1, keepdims=True)
    keep = q >= np.float32(min_p) * q.max(axis=-1, keepdims=True)
    return np.where(keep, z, -np.inf)
