"""Adds -1e4 to blocked scores: a blocked key with a large score keeps a share of the attention.

Hint: 2
"""
import numpy as np


def attention(q, k, v, mask=None):
    d = q.shape[-1]
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(d)
    if mask is not None:
        scores = scores + np.where(mask, 0.0, -1e4)
    w = np.exp(scores - scores.max(axis=-1, keepdims=True))
    w = w / w.sum(axis=-1, keepdims=True)
    return w @ v, w
