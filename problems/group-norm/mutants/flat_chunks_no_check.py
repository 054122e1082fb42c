"""Skips the divisibility check and splits each sample's flattened values into num_groups chunks, which cut through channels when C % num_groups != 0."""
import numpy as np


def group_norm(x, gamma, beta, num_groups, eps=1e-5):
    n, c, h, w = x.shape
    g = x.reshape(n, num_groups, -1)
    mu = g.mean(axis=-1, keepdims=True)
    var = ((g - mu) ** 2).mean(axis=-1, keepdims=True)
    xhat = ((g - mu) / np.sqrt(var + eps)).reshape(n, c, h, w)
    return xhat * gamma[None, :, None, None] + beta[None, :, None, None]
