"""Computes dh_prev as da @ Wh instead of da @ Wh.T (Wh is square, so the shape is right but the numbers are not)."""
import numpy as np


def rnn_step_backward(dh, x, h_prev, Wx, Wh, b):
    h = np.tanh(x @ Wx + h_prev @ Wh + b)
    da = dh * (1.0 - h * h)
    return da @ Wx.T, da @ Wh, x.T @ da, h_prev.T @ da, da.sum(axis=0)
