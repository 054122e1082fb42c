"""Multiplies the scores by the lower-triangular mask: future scores become 0, not -inf, and keep weight.

Hint: 2
"""
import numpy as np


def causal_attention(q, k, v):
    T, d = q.shape[-2], q.shape[-1]
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(d) * np.tril(np.ones((T, T)))
    w = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return (w / w.sum(axis=-1, keepdims=True)) @ v
