"""Backward reuses layer norm's formula with means over the last axis instead of the batch axis.

Hint: 2
"""
import numpy as np


def batch_norm_backward(dout, x, gamma, eps=1e-5):
    std = np.sqrt(x.var(axis=0) + eps)
    xhat = (x - x.mean(axis=0)) / std
    g = dout * gamma
    dx = (g - g.mean(axis=-1, keepdims=True) - xhat * (g * xhat).mean(axis=-1, keepdims=True)) / std
    return dx, (dout * xhat).sum(axis=0), dout.sum(axis=0)
