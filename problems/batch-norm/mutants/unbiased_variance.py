"""Uses the unbiased variance (ddof=1, divide by N - 1) in training mode.

Hint: 1
"""
import numpy as np


def batch_norm_train(x, gamma, beta, eps=1e-5):
    mean = x.mean(axis=0)
    var = x.var(axis=0, ddof=1)
    return gamma * (x - mean) / np.sqrt(var + eps) + beta, mean, var
