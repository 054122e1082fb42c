"""Loops over positions: query i runs plain softmax attention over the slice of keys 0..i."""
import numpy as np


def causal_attention(q, k, v):
    q, k, v = (np.asarray(a, dtype=float) for a in (q, k, v))
    out = np.empty(q.shape[:-1] + (v.shape[-1],))
    for i in range(q.shape[-2]):
        s = (k[..., : i + 1, :] @ q[..., i, :, None])[..., 0] / np.sqrt(q.shape[-1])
        e = np.exp(s - s.max(axis=-1, keepdims=True))
        out[..., i, :] = (e[..., None, :] @ v[..., : i + 1, :])[..., 0, :] / e.sum(axis=-1, keepdims=True)
    return out
