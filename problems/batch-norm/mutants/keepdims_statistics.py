"""Returns mean and var with keepdims=True: shape (1, D) instead of (D,).

Hint: 1
"""
import numpy as np


def batch_norm_train(x, gamma, beta, eps=1e-5):
    mean = x.mean(axis=0, keepdims=True)
    var = x.var(axis=0, keepdims=True)
    return gamma * (x - mean) / np.sqrt(var + eps) + beta, mean, var
