"""Computes in float32 with a two-branch sigmoid (exp(-u) for u >= 0, exp(u) / (1 + exp(u)) below)."""
import numpy as np


def _sigmoid(u):
    e = np.exp(-np.abs(u))  # never overflows
    return np.where(u >= 0, 1 / (1 + e), e / (1 + e))


def lstm_step(x, h_prev, c_prev, W, b):
    f32 = np.float32
    x, h_prev, c_prev, W, b = (np.asarray(a, dtype=f32) for a in (x, h_prev, c_prev, W, b))
    H = h_prev.shape[-1]
    z = np.concatenate([x, h_prev], axis=-1) @ W + b
    i, f, g, o = np.split(z, 4, axis=-1)
    c = _sigmoid(f) * c_prev + _sigmoid(i) * np.tanh(g)
    return _sigmoid(o) * np.tanh(c), c
