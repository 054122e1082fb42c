"""Normalises with the biased variance but returns the unbiased one as var.

Hint: 1
"""
import numpy as np


def batch_norm_train(x, gamma, beta, eps=1e-5):
    mean = x.mean(axis=0)
    out = gamma * (x - mean) / np.sqrt(x.var(axis=0) + eps) + beta
    return out, mean, x.var(axis=0, ddof=1)
