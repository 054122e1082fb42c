"""Stores the state before the update in hs[:, t], so hs is shifted by one step (it starts with h0).

Hint: 1
"""
import numpy as np


def rnn_forward(xs, h0, Wx, Wh, b):
    B, T, _ = xs.shape
    hs = np.zeros((B, T, Wh.shape[0]))
    h = h0
    for t in range(T):
        hs[:, t] = h
        h = np.tanh(xs[:, t] @ Wx + h @ Wh + b)
    return hs
