"""Keeps only entries strictly more probable than the crossing one, so a tie at the boundary loses all its entries.

Hint: 2
"""
import numpy as np


def top_p_filter(logits, p):
    if not 0 < p <= 1:
        raise ValueError("p must be in (0, 1]")
    z = np.array(logits, dtype=float)
    if p == 1:
        return z
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    q = e / e.sum(axis=-1, keepdims=True)
    ranked = -np.sort(-q, axis=-1)
    m = ((np.cumsum(ranked, axis=-1) - ranked) < p).sum(axis=-1, keepdims=True)
    threshold = np.take_along_axis(ranked, m - 1, axis=-1)
    keep = (q > threshold) | (q == ranked[..., :1])
    return np.where(keep, z, -np.inf)
