"""dgamma sums dout alone, forgetting that gamma multiplies xhat.

Hint: 2
"""
import numpy as np


def layer_norm_backward(dout, x, gamma, eps=1e-5):
    d = x.shape[-1]
    mu = x.mean(axis=-1, keepdims=True)
    std = np.sqrt(x.var(axis=-1, keepdims=True) + eps)
    xhat = (x - mu) / std
    g = dout * gamma
    dx = (g - g.mean(axis=-1, keepdims=True) - xhat * (g * xhat).mean(axis=-1, keepdims=True)) / std
    return dx, dout.reshape(-1, d).sum(axis=0), dout.reshape(-1, d).sum(axis=0)
