"""dgamma sums dout alone, forgetting that gamma multiplies xhat.

Hint: 2
"""
import numpy as np


def rms_norm_backward(dout, x, gamma, eps=1e-6):
    d = x.shape[-1]
    rinv = 1.0 / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps)
    xhat = x * rinv
    g = dout * gamma
    dx = rinv * (g - xhat * np.mean(g * xhat, axis=-1, keepdims=True))
    return dx, dout.reshape(-1, d).sum(axis=0)
