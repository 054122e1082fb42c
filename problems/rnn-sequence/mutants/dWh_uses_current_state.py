"""Pairs the step's gradient with the state it wrote, h_t, instead of the state it read, h_{t-1}, in dWh.

Hint: 1
"""
import numpy as np


def rnn_backward(dhs, xs, h0, Wx, Wh, b):
    hs = rnn_forward(xs, h0, Wx, Wh, b)
    T = xs.shape[1]
    dxs = np.zeros(xs.shape)
    dWx = np.zeros(Wx.shape)
    dWh = np.zeros(Wh.shape)
    db = np.zeros(b.shape)
    dh_next = np.zeros(h0.shape)
    for t in reversed(range(T)):
        da = (dhs[:, t] + dh_next) * (1.0 - hs[:, t] ** 2)
        dxs[:, t] = da @ Wx.T
        dWx += xs[:, t].T @ da
        dWh += hs[:, t].T @ da
        db += da.sum(axis=0)
        dh_next = da @ Wh.T
    return dxs, dh_next, dWx, dWh, db
