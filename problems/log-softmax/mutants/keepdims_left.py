"""logsumexp keeps the reduced axis: returns shape (..., 1) instead of x.shape[:-1].

Hint: 2
"""
import numpy as np


def logsumexp(x):
    m = x.max(axis=-1, keepdims=True)
    return m + np.log(np.exp(x - m).sum(axis=-1, keepdims=True))


def log_softmax(x):
    return x - logsumexp(x)
