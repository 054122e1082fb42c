"""Computes the sigmoid as exp(u) / (1 + exp(u)), which is inf / inf = nan for large u.

Hint: 2
"""
import numpy as np


def gru_step(x, h_prev, Wx, Wh, bx, bh):
    H = h_prev.shape[-1]
    gx = x @ Wx + bx
    gh = h_prev @ Wh + bh
    e = np.exp(gx[..., :2 * H] + gh[..., :2 * H])
    s = e / (1.0 + e)
    r, z = s[..., :H], s[..., H:]
    n = np.tanh(gx[..., 2 * H:] + r * gh[..., 2 * H:])
    return (1.0 - z) * n + z * h_prev
