"""Expands the kv heads with np.tile, so query head h reads kv head h % Hkv (0, 1, 0, 1, ...) instead of h // g.

Hint: 1
"""
import numpy as np


def grouped_query_attention(q, k, v, causal=False):
    B, Hq, T, d = q.shape
    Hkv = k.shape[1]
    if Hq % Hkv != 0:
        raise ValueError("Hkv must divide Hq")
    g = Hq // Hkv
    k = np.tile(k, (1, g, 1, 1))
    v = np.tile(v, (1, g, 1, 1))
    s = q @ np.swapaxes(k, -1, -2) / np.sqrt(d)
    if causal:
        s = np.where(np.tril(np.ones((T, T), dtype=bool)), s, -np.inf)
    w = np.exp(s - s.max(axis=-1, keepdims=True))
    return (w / w.sum(axis=-1, keepdims=True)) @ v
