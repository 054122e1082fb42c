"""Computes everything in float32."""
import numpy as np


def rnn_step(x, h_prev, Wx, Wh, b):
    f = np.float32
    return np.tanh(x.astype(f) @ Wx.astype(f) + h_prev.astype(f) @ Wh.astype(f) + b.astype(f))


def rnn_step_backward(dh, x, h_prev, Wx, Wh, b):
    f = np.float32
    x, h_prev, Wx, Wh, b, dh = (a.astype(f) for a in (x, h_prev, Wx, Wh, b, dh))
    h = rnn_step(x, h_prev, Wx, Wh, b)
    da = dh * (1 - h**2)
    return da @ Wx.T, da @ Wh.T, x.T @ da, h_prev.T @ da, np.sum(da, axis=0)
