"""Backward keeps the path through the batch mean but forgets the one through the variance.

Hint: 2
"""
import numpy as np


def batch_norm_backward(dout, x, gamma, eps=1e-5):
    std = np.sqrt(x.var(axis=0) + eps)
    xhat = (x - x.mean(axis=0)) / std
    g = dout * gamma
    return (g - g.mean(axis=0)) / std, (dout * xhat).sum(axis=0), dout.sum(axis=0)
