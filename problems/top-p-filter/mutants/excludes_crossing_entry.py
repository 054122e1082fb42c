"""Keeps ranked entries whose running sum (own probability included) is < p, dropping the one that crosses p.

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
    n_keep = np.maximum((np.cumsum(ranked, axis=-1) < p).sum(axis=-1, keepdims=True), 1)
    threshold = np.take_along_axis(ranked, n_keep - 1, axis=-1)
    return np.where(q >= threshold, z, -np.inf)
