"""Maps query head h to kv head h // Hkv instead of h // (Hq // Hkv).

Hint: 1
"""
import numpy as np


def grouped_query_attention(q, k, v, causal=False):
    B, Hq, T, d = q.shape
    Hkv = k.shape[1]
    if Hq % Hkv != 0:
        raise ValueError("Hkv must divide Hq")
    g = Hq // Hkv
    idx = np.minimum(np.arange(Hq) // Hkv, Hkv - 1)
    k = k[:, idx]
    v = v[:, idx]
    s = q @ np.swapaxes(k, -1, -2) / np.sqrt(d)
    if causal:
        s = np.where(np.tril(np.ones((T, T), dtype=bool)), s, -np.inf)
    w = np.exp(s - s.max(axis=-1, keepdims=True))
    return (w / w.sum(axis=-1, keepdims=True)) @ v
