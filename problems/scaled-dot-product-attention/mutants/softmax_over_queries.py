"""Takes the softmax over the queries (axis -2) instead of over the keys (the last axis).

Hint: 2
"""
import numpy as np


def attention(q, k, v, mask=None):
    d = q.shape[-1]
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(d)
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    w = np.exp(scores - scores.max(axis=-2, keepdims=True))
    w = w / w.sum(axis=-2, keepdims=True)
    return w @ v, w
