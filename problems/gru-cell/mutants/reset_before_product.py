"""Applies the reset gate to the state before the product, (r * h_prev) @ Wh_n + bh_n (the original paper's variant), not to h_prev @ Wh_n + bh_n.

Hint: 1
"""
import numpy as np


def sigmoid(u):
    return 0.5 * (1.0 + np.tanh(0.5 * u))


def gru_step(x, h_prev, Wx, Wh, bx, bh):
    H = h_prev.shape[-1]
    gx = x @ Wx + bx
    gh = h_prev @ Wh + bh
    r = sigmoid(gx[..., :H] + gh[..., :H])
    z = sigmoid(gx[..., H:2 * H] + gh[..., H:2 * H])
    n = np.tanh(gx[..., 2 * H:] + (r * h_prev) @ Wh[:, 2 * H:] + bh[2 * H:])
    return (1.0 - z) * n + z * h_prev
