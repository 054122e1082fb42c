"""dgamma and dbeta summed over axis 0 only: right for 2-D inputs, shape (T, D) for 3-D ones.

Hint: 2
"""
import numpy as np


def layer_norm_backward(dout, x, gamma, eps=1e-5):
    mu = x.mean(axis=-1, keepdims=True)
    std = np.sqrt(x.var(axis=-1, keepdims=True) + eps)
    xhat = (x - mu) / std
    g = dout * gamma
    dx = (g - g.mean(axis=-1, keepdims=True) - xhat * (g * xhat).mean(axis=-1, keepdims=True)) / std
    return dx, (dout * xhat).sum(axis=0), dout.sum(axis=0)
