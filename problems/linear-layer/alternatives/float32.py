"""Computes in float32 (as on a GPU) with np.dot, returning float32 arrays."""
import numpy as np


def linear_forward(x, W, b):
    return np.dot(x.astype(np.float32), W.astype(np.float32)) + b.astype(np.float32)


def linear_backward(dout, x, W):
    g, x32, w32 = (a.astype(np.float32) for a in (dout, x, W))
    return np.dot(g, w32.T), np.dot(x32.T, g), np.sum(g, axis=0)
