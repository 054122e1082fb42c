"""Computes the variance as mean(x**2) - mean(x)**2, which cancels catastrophically for large offsets.

Hint: 1
"""
import numpy as np


def layer_norm(x, gamma, beta, eps=1e-5):
    mu = x.mean(axis=-1, keepdims=True)
    var = (x * x).mean(axis=-1, keepdims=True) - mu * mu
    return gamma * (x - mu) / np.sqrt(var + eps) + beta
