"""Repeats the kv heads along axis 2 (time) instead of axis 1 (heads); with Hkv = 1 this silently broadcasts wrong keys.

Hint: 1
"""
import numpy as np


def grouped_query_attention(q, k, v, causal=False):
    B, Hq, T, d = q.shape
    Hkv = k.shape[1]
    if Hq % Hkv != 0:
        raise ValueError("Hkv must divide Hq")
    g = Hq // Hkv
    k = np.repeat(k, g, axis=2)[:, :, :T]
    v = np.repeat(v, g, axis=2)[:, :, :T]
    s = q @ np.swapaxes(k, -1, -2) / np.sqrt(d)
    if causal:
        s = np.where(np.tril(np.ones((T, T), dtype=bool)), s, -np.inf)
    w = np.exp(s - s.max(axis=-1, keepdims=True))
    return (w / w.sum(axis=-1, keepdims=True)) @ v
