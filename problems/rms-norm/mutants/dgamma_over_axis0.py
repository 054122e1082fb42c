"""Sums dgamma over axis 0 only: right for 2-D inputs, but a (T, D) array for 3-D ones and a scalar for 1-D ones.

Hint: 2
"""
import numpy as np


def rms_norm_backward(dout, x, gamma, eps=1e-6):
    rinv = 1.0 / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps)
    xhat = x * rinv
    g = dout * gamma
    dx = rinv * (g - xhat * np.mean(g * xhat, axis=-1, keepdims=True))
    return dx, (dout * xhat).sum(axis=0)
