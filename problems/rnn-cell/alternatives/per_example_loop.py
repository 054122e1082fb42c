"""Loops over the examples of the batch, adding outer products into the weight gradients."""
import numpy as np


def rnn_step(x, h_prev, Wx, Wh, b):
    return np.array([np.tanh(xi @ Wx + hi @ Wh + b) for xi, hi in zip(x, h_prev)])


def rnn_step_backward(dh, x, h_prev, Wx, Wh, b):
    dx = np.zeros(x.shape)
    dh_prev = np.zeros(h_prev.shape)
    dWx = np.zeros(Wx.shape)
    dWh = np.zeros(Wh.shape)
    db = np.zeros(b.shape)
    for i in range(x.shape[0]):
        hi = np.tanh(x[i] @ Wx + h_prev[i] @ Wh + b)
        da = dh[i] * (1 - hi**2)
        dx[i] = Wx @ da
        dh_prev[i] = Wh @ da
        dWx += np.outer(x[i], da)
        dWh += np.outer(h_prev[i], da)
        db += da
    return dx, dh_prev, dWx, dWh, db
