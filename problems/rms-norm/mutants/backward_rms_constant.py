"""Backward treats the root mean square as a constant: dx = dout * gamma / rms.

Hint: 2
"""
import numpy as np


def rms_norm_backward(dout, x, gamma, eps=1e-6):
    d = x.shape[-1]
    rinv = 1.0 / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps)
    dgamma = (dout * x * rinv).reshape(-1, d).sum(axis=0)
    return dout * gamma * rinv, dgamma
