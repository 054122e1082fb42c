"""Divides by the sum of the whole array, so a batch sums to 1 overall instead of per row.

Hint: 2
"""
import numpy as np


def softmax(x):
    x = np.asarray(x, dtype=float)
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum()
