"""Normalises the softmax down axis 0 (across the batch) instead of along each row.

Hint: 1
"""
import numpy as np


def top_p_filter(logits, p):
    if not 0 < p <= 1:
        raise ValueError("p must be in (0, 1]")
    z = np.array(logits, dtype=float)
    if p == 1:
        return z
    e = np.exp(z - z.max(axis=0, keepdims=True))
    q = e / e.sum(axis=0, keepdims=True)
    ranked = -np.sort(-q, axis=-1)
    csum = np.cumsum(ranked, axis=-1)
    ahead = np.concatenate([np.zeros_like(csum[..., :1]), csum[..., :-1]], axis=-1)
    n_keep = (ahead < p).sum(axis=-1, keepdims=True)
    threshold = np.take_along_axis(ranked, n_keep - 1, axis=-1)
    return np.where(q >= threshold, z, -np.inf)
