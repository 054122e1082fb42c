"""Skips the tanh in the backward pass: uses dh directly as the gradient of the pre-activation.

Hint: 2
"""
import numpy as np


def rnn_step_backward(dh, x, h_prev, Wx, Wh, b):
    da = dh
    return da @ Wx.T, da @ Wh.T, x.T @ da, h_prev.T @ da, da.sum(axis=0)
