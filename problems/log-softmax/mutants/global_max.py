"""Shifts by the maximum of the whole array instead of each row's own maximum.

Hint: 2
"""
import numpy as np


def logsumexp(x):
    m = x.max()
    return m + np.log(np.exp(x - m).sum(axis=-1))


def log_softmax(x):
    return x - logsumexp(x)[..., None]
