"""Concatenates [h_prev, x] instead of [x, h_prev], so the wrong rows of W multiply each part.

Hint: 1
"""
import numpy as np


def sigmoid(u):
    return 0.5 * (1.0 + np.tanh(0.5 * u))


def lstm_step(x, h_prev, c_prev, W, b):
    H = h_prev.shape[-1]
    z = np.concatenate([h_prev, x], axis=-1) @ W + b
    i = sigmoid(z[..., 0:H])
    f = sigmoid(z[..., H:2 * H])
    g = np.tanh(z[..., 2 * H:3 * H])
    o = sigmoid(z[..., 3 * H:4 * H])
    c = f * c_prev + i * g
    return o * np.tanh(c), c
