"""Uses 1 - h instead of 1 - h**2 as the derivative of tanh.

Hint: 2
"""
import numpy as np


def rnn_step_backward(dh, x, h_prev, Wx, Wh, b):
    h = np.tanh(x @ Wx + h_prev @ Wh + b)
    da = dh * (1.0 - h)
    return da @ Wx.T, da @ Wh.T, x.T @ da, h_prev.T @ da, da.sum(axis=0)
