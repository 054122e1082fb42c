"""Handles one example at a time with 1-D vectors, and outer products for the weights."""
import numpy as np


def rnn_forward(xs, h0, Wx, Wh, b):
    out = np.empty((xs.shape[0], xs.shape[1], Wh.shape[1]))
    for i in range(xs.shape[0]):
        h = h0[i]
        for t in range(xs.shape[1]):
            h = np.tanh(Wx.T @ xs[i, t] + Wh.T @ h + b)
            out[i, t] = h
    return out


def rnn_backward(dhs, xs, h0, Wx, Wh, b):
    hs = rnn_forward(xs, h0, Wx, Wh, b)
    dxs = np.zeros_like(xs, dtype=float)
    dh0 = np.zeros_like(h0, dtype=float)
    dWx, dWh, db = np.zeros(Wx.shape), np.zeros(Wh.shape), np.zeros(b.shape)
    for i in range(xs.shape[0]):
        g = np.zeros(Wh.shape[0])
        for t in reversed(range(xs.shape[1])):
            da = (g + dhs[i, t]) * (1 - hs[i, t] ** 2)
            dxs[i, t] = Wx @ da
            dWx += np.outer(xs[i, t], da)
            dWh += np.outer(hs[i, t - 1] if t > 0 else h0[i], da)
            db += da
            g = Wh @ da
        dh0[i] = g
    return dxs, dh0, dWx, dWh, db
