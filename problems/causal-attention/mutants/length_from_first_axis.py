"""Reads the sequence length from q.shape[0], which is the batch size once q has batch axes.

Hint: 1
"""
import numpy as np


def causal_attention(q, k, v):
    T, d = q.shape[0], q.shape[-1]
    allowed = np.tril(np.ones((T, T), dtype=bool))
    scores = np.where(allowed, q @ np.swapaxes(k, -1, -2) / np.sqrt(d), -np.inf)
    w = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return (w / w.sum(axis=-1, keepdims=True)) @ v
