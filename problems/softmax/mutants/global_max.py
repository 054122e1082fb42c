"""Subtracts the maximum of the whole array instead of each row's own maximum.

Hint: 2
"""
import numpy as np


def softmax(x):
    x = np.asarray(x, dtype=float)
    e = np.exp(x - x.max())
    return e / e.sum(axis=-1, keepdims=True)
