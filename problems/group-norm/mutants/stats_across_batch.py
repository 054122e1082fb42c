"""Takes each group's statistics over the whole batch (axes 0, 2, 3, 4) instead of per sample.

Hint: 2
"""
import numpy as np


def group_norm(x, gamma, beta, num_groups, eps=1e-5):
    n, c, h, w = x.shape
    if c % num_groups != 0:
        raise ValueError("C must be divisible by num_groups")
    g = x.reshape(n, num_groups, c // num_groups, h, w)
    mu = g.mean(axis=(0, 2, 3, 4), keepdims=True)
    var = ((g - mu) ** 2).mean(axis=(0, 2, 3, 4), keepdims=True)
    xhat = ((g - mu) / np.sqrt(var + eps)).reshape(n, c, h, w)
    return xhat * gamma[None, :, None, None] + beta[None, :, None, None]
