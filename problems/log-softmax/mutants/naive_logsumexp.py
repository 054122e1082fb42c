"""Computes log(sum(exp(x))) literally: exp overflows to inf for 1000 and underflows to 0 for -1000.

Hint: 1
"""
import numpy as np


def logsumexp(x):
    return np.log(np.exp(x).sum(axis=-1))


def log_softmax(x):
    return x - logsumexp(x)[..., None]
