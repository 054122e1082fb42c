"""Uses 1 - a**2 with the pre-activation a as tanh's derivative, instead of 1 - h**2 with the output h = tanh(a).

Hint: 2
"""
import numpy as np


def rnn_step_backward(dh, x, h_prev, Wx, Wh, b):
    a = x @ Wx + h_prev @ Wh + b
    da = dh * (1.0 - a * a)
    return da @ Wx.T, da @ Wh.T, x.T @ da, h_prev.T @ da, da.sum(axis=0)
