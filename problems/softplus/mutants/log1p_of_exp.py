"""Uses np.log1p(np.exp(x)) without splitting off max(x, 0): exp(x) overflows to inf for x above ~709.

Hint: 1
"""
import numpy as np


def softplus(x):
    return np.log1p(np.exp(np.asarray(x, dtype=float)))
