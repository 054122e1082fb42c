"""Backward uses dout instead of dout * gamma as the gradient with respect to xhat.

Hint: 2
"""
import numpy as np


def rms_norm_backward(dout, x, gamma, eps=1e-6):
    d = x.shape[-1]
    rinv = 1.0 / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps)
    xhat = x * rinv
    dx = rinv * (dout - xhat * np.mean(dout * xhat, axis=-1, keepdims=True))
    return dx, (dout * xhat).reshape(-1, d).sum(axis=0)
