"""Loops over sequences and heads, building the causal softmax row by row (keys 0..i only)."""
import math

import numpy as np


def _ln(h, g, b):
    mu = h.mean(axis=-1, keepdims=True)
    var = ((h - mu) ** 2).mean(axis=-1, keepdims=True)
    return (h - mu) / np.sqrt(var + 1e-5) * g + b


def _gelu(u):
    return 0.5 * u * (1 + np.tanh(math.sqrt(2 / math.pi) * (u + 0.044715 * u ** 3)))


def _one(x, p, n_heads):
    T, D = x.shape
    dh = D // n_heads
    qkv = _ln(x, p["ln1_g"], p["ln1_b"]) @ p["w_qkv"] + p["b_qkv"]
    q, k, v = np.split(qkv, 3, axis=1)
    merged = np.empty((T, D))
    for j in range(n_heads):
        c = slice(j * dh, (j + 1) * dh)
        for i in range(T):
            s = k[: i + 1, c] @ q[i, c] / math.sqrt(dh)
            w = np.exp(s - s.max())
            merged[i, c] = (w / w.sum()) @ v[: i + 1, c]
    a = x + merged @ p["w_o"] + p["b_o"]
    return a + _gelu(_ln(a, p["ln2_g"], p["ln2_b"]) @ p["w_fc"] + p["b_fc"]) @ p["w_proj"] + p["b_proj"]


def transformer_block(x, params, n_heads):
    if x.shape[-1] % n_heads != 0:
        raise ValueError("n_heads must divide D")
    if x.ndim == 2:
        return _one(x, params, n_heads)
    return np.stack([_one(s, params, n_heads) for s in x])
