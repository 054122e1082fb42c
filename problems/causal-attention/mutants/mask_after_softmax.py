"""Zeroes the future weights after the softmax without renormalising: rows no longer sum to 1.

Hint: 2
"""
import numpy as np


def causal_attention(q, k, v):
    T, d = q.shape[-2], q.shape[-1]
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(d)
    w = np.exp(scores - scores.max(axis=-1, keepdims=True))
    w = w / w.sum(axis=-1, keepdims=True)
    return (w * np.tril(np.ones((T, T)))) @ v
