"""Explicit loop over the examples (outer products), returning a list [dx, dW, db]."""
import numpy as np


def linear_forward(x, W, b):
    out = np.empty((x.shape[0], W.shape[1]))
    for i in range(x.shape[0]):
        out[i] = x[i] @ W + b
    return out


def linear_backward(dout, x, W):
    dx = np.zeros(x.shape)
    dW = np.zeros(W.shape)
    db = np.zeros(W.shape[1])
    for i in range(x.shape[0]):
        dx[i] = W @ dout[i]
        dW += np.outer(x[i], dout[i])
        db += dout[i]
    return [dx, dW, db]
