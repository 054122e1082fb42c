"""Applies the sigmoid to all four blocks, including the candidate g, which needs tanh."""
import numpy as np


def sigmoid(u):
    return 0.5 * (1.0 + np.tanh(0.5 * u))


def lstm_step(x, h_prev, c_prev, W, b):
    H = h_prev.shape[-1]
    z = np.concatenate([x, h_prev], axis=-1) @ W + b
    a = sigmoid(z)
    i, f, g, o = a[..., 0:H], a[..., H:2 * H], a[..., 2 * H:3 * H], a[..., 3 * H:4 * H]
    c = f * c_prev + i * g
    return o * np.tanh(c), c
