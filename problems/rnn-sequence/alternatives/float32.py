"""Computes everything in float32."""
import numpy as np


def rnn_forward(xs, h0, Wx, Wh, b):
    f = np.float32
    xs, h, Wx, Wh, b = (a.astype(f) for a in (xs, h0, Wx, Wh, b))
    hs = np.zeros((xs.shape[0], xs.shape[1], Wh.shape[0]), dtype=f)
    for t in range(xs.shape[1]):
        h = np.tanh(xs[:, t] @ Wx + h @ Wh + b)
        hs[:, t] = h
    return hs


def rnn_backward(dhs, xs, h0, Wx, Wh, b):
    f = np.float32
    hs = rnn_forward(xs, h0, Wx, Wh, b)
    dhs, xs, h0, Wx, Wh = (a.astype(f) for a in (dhs, xs, h0, Wx, Wh))
    dxs, dWx, dWh = np.zeros_like(xs), np.zeros_like(Wx), np.zeros_like(Wh)
    db = np.zeros(Wh.shape[0], dtype=f)
    dh = np.zeros_like(h0)
    for t in range(xs.shape[1] - 1, -1, -1):
        da = (dhs[:, t] + dh) * (1 - hs[:, t] * hs[:, t])
        dxs[:, t] = da @ Wx.T
        dWx += xs[:, t].T @ da
        dWh += (hs[:, t - 1] if t else h0).T @ da
        db += da.sum(axis=0)
        dh = da @ Wh.T
    return dxs, dh, dWx, dWh, db
