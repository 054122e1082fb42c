"""No copy of the keys: q reshaped to (B, Hkv, g, T, d) and k, v broadcast over the group axis."""
import numpy as np


def grouped_query_attention(q, k, v, causal=False):
    B, Hq, T, d = q.shape
    Hkv = k.shape[1]
    if Hq % Hkv:
        raise ValueError(f"{Hq} query heads cannot be grouped over {Hkv} key/value heads")
    g = Hq // Hkv
    qg = q.reshape(B, Hkv, g, T, d)
    s = qg @ np.swapaxes(k, -1, -2)[:, :, None] / np.sqrt(d)  # (B, Hkv, g, T, T)
    if causal:
        s = s + np.triu(np.full((T, T), -1e9), k=1)
    s = s - s.max(axis=-1, keepdims=True)
    w = np.exp(s)
    w /= w.sum(axis=-1, keepdims=True)
    return (w @ v[:, :, None]).reshape(B, Hq, T, d)
