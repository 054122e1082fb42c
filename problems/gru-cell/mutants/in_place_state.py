"""Builds the result in the caller's h_prev array (h_prev *= z; h_prev += (1 - z) * n)."""
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
    h_prev *= z
    h_prev += (1.0 - z) * n
    return h_prev
