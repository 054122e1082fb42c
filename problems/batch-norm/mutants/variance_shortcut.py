"""Computes the variance as mean(x**2) - mean(x)**2, which cancels catastrophically for large offsets.

Hint: 1
"""
import numpy as np


def batch_norm_train(x, gamma, beta, eps=1e-5):
    mean = x.mean(axis=0)
    var = (x * x).mean(axis=0) - mean * mean
    return gamma * (x - mean) / np.sqrt(var + eps) + beta, mean, var
