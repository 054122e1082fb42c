"""Normalises each example over its features (axis 1, layer norm) instead of each feature over the batch.

Hint: 1
"""
import numpy as np


def batch_norm_train(x, gamma, beta, eps=1e-5):
    mean = x.mean(axis=1, keepdims=True)
    var = x.var(axis=1, keepdims=True)
    return gamma * (x - mean) / np.sqrt(var + eps) + beta, x.mean(axis=0), x.var(axis=0)
