"""Softmax without subtracting the row maximum: exp overflows for scores near 1000.

Hint: 2
"""
import numpy as np


def causal_attention(q, k, v):
    T, d = q.shape[-2], q.shape[-1]
    allowed = np.tril(np.ones((T, T), dtype=bool))
    w = np.exp(np.where(allowed, q @ np.swapaxes(k, -1, -2) / np.sqrt(d), -np.inf))
    return (w / w.sum(axis=-1, keepdims=True)) @ v
