"""Writes -|x| into the caller's array with out=, overwriting the input."""
import numpy as np


def softplus(x):
    pos = np.maximum(x, 0.0)
    np.abs(x, out=x)
    np.negative(x, out=x)
    return pos + np.log1p(np.exp(x))
