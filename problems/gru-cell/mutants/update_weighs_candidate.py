"""Swaps the roles in the interpolation: h = z * n + (1 - z) * h_prev, so z = 1 discards the old state."""
import numpy as np


def sigmoid(u):
    return 0.5 * (1.0 + np.tanh(0.5 * u))


def gru_step(x, h_prev, Wx, Wh, bx, bh):
    H = h_prev.shape[-1]
    gx = x @ Wx + bx
    gh = h_prev @ Wh + bh
    r = sigmoid(gx[..., :H] + gh[..., :H])
    z = sigmoid(gx[..., H:2 * H] + gh[..., H:2 * H])
    n = np.tanh(gx[..., 2 * H:] + r * gh[..., 2 * H:])
    return z * n + (1.0 - z) * h_prev
