"""Takes the mean and variance without keepdims, so (B,) statistics broadcast along the feature axis.

Hint: 1
"""
import numpy as np


def layer_norm(x, gamma, beta, eps=1e-5):
    mu = x.mean(axis=-1)
    var = x.var(axis=-1)
    return gamma * (x - mu) / np.sqrt(var + eps) + beta
