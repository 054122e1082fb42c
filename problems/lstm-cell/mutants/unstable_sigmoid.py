"""Computes the sigmoid as exp(u) / (1 + exp(u)), which is inf / inf = nan for large u.

Hint: 2
"""
import numpy as np


def lstm_step(x, h_prev, c_prev, W, b):
    H = h_prev.shape[-1]
    z = np.concatenate([x, h_prev], axis=-1) @ W + b
    e = np.exp(z)
    s = e / (1.0 + e)
    i, f, o = s[..., 0:H], s[..., H:2 * H], s[..., 3 * H:4 * H]
    g = np.tanh(z[..., 2 * H:3 * H])
    c = f * c_prev + i * g
    return o * np.tanh(c), c
