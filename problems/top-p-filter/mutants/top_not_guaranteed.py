"""Keeps entries whose inclusive running sum is <= p, without forcing the top one: a small p empties the row.

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
    order = np.argsort(-q, axis=-1)
    ranked = np.take_along_axis(q, order, axis=-1)
    keep_ranked = np.cumsum(ranked, axis=-1) <= p
    keep = np.zeros_like(keep_ranked)
    np.put_along_axis(keep, order, keep_ranked, axis=-1)
    return np.where(keep, z, -np.inf)
