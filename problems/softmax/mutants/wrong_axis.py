"""Normalises along axis 0 (down the columns) instead of the last axis.

Hint: 2
"""
import numpy as np


def softmax(x):
    x = np.asarray(x, dtype=float)
    e = np.exp(x - x.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)
