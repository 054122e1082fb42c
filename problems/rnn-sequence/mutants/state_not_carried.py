"""Feeds h0 into every step instead of the previous step's state.

Hint: 1
"""
import numpy as np


def rnn_forward(xs, h0, Wx, Wh, b):
    B, T, _ = xs.shape
    hs = np.zeros((B, T, Wh.shape[0]))
    for t in range(T):
        hs[:, t] = np.tanh(xs[:, t] @ Wx + h0 @ Wh + b)
    return hs
