"""Subtracts the maximum before exp but forgets to add it back outside the log.

Hint: 1
"""
import numpy as np


def logsumexp(x):
    m = x.max(axis=-1, keepdims=True)
    return np.log(np.exp(x - m).sum(axis=-1))


def log_softmax(x):
    return x - x.max(axis=-1, keepdims=True) - logsumexp(x)[..., None]
