"""Multiplies the upstream gradient dh in place by the tanh derivative, changing the caller's array.

Hint: 2
"""
import numpy as np


def rnn_step_backward(dh, x, h_prev, Wx, Wh, b):
    h = np.tanh(x @ Wx + h_prev @ Wh + b)
    da = dh
    da *= 1.0 - h * h
    return da @ Wx.T, da @ Wh.T, x.T @ da, h_prev.T @ da, da.sum(axis=0)
