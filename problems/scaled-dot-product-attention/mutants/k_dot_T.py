"""Transposes k with k.T, which reverses every axis of a batched (..., Tk, d) array.

Hint: 1
"""
import numpy as np


def attention(q, k, v, mask=None):
    d = q.shape[-1]
    scores = q @ k.T / np.sqrt(d)
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    w = np.exp(scores - scores.max(axis=-1, keepdims=True))
    w = w / w.sum(axis=-1, keepdims=True)
    return w @ v, w
