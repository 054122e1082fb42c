"""Accumulates the raw logits instead of softmax probabilities (no softmax at all).

Hint: 1
"""
import numpy as np


def top_p_filter(logits, p):
    if not 0 < p <= 1:
        raise ValueError("p must be in (0, 1]")
    z = np.array(logits, dtype=float)
    if p == 1:
        return z
    ranked = -np.sort(-z, axis=-1)
    csum = np.cumsum(ranked, axis=-1)
    ahead = np.concatenate([np.zeros_like(csum[..., :1]), csum[..., :-1]], axis=-1)
    n_keep = np.maximum((ahead < p).sum(axis=-1, keepdims=True), 1)
    threshold = np.take_along_axis(ranked, n_keep - 1, axis=-1)
    return np.where(z >= threshold, z, -np.inf)
