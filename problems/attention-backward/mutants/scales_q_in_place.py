"""Scales q in place (q *= scale), overwriting the caller's queries."""
import numpy as np


def attention_backward(dout, q, k, v):
    scale = 1.0 / np.sqrt(q.shape[-1])
    q *= scale
    s = q @ np.swapaxes(k, -1, -2)
    p = np.exp(s - s.max(axis=-1, keepdims=True))
    p = p / p.sum(axis=-1, keepdims=True)
    dv = np.swapaxes(p, -1, -2) @ dout
    dp = dout @ np.swapaxes(v, -1, -2)
    ds = p * (dp - (dp * p).sum(axis=-1, keepdims=True))
    dq = ds @ k * scale
    dk = np.swapaxes(ds, -1, -2) @ q
    return dq, dk, dv
