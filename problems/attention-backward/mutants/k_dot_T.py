"""Transposes with .T, which reverses every axis of a batched array instead of swapping the last two.

Hint: 1
"""
import numpy as np


def attention_backward(dout, q, k, v):
    scale = 1.0 / np.sqrt(q.shape[-1])
    s = q @ k.T * scale
    p = np.exp(s - s.max(axis=-1, keepdims=True))
    p = p / p.sum(axis=-1, keepdims=True)
    dv = p.T @ dout
    dp = dout @ v.T
    ds = p * (dp - (dp * p).sum(axis=-1, keepdims=True))
    dq = ds @ k * scale
    dk = ds.T @ q * scale
    return dq, dk, dv
