"""Shifts each row by its minimum instead of its maximum: exp overflows when a row spans more than ~709.

Hint: 1
"""
import numpy as np


def softmax(x):
    x = np.asarray(x, dtype=float)
    e = np.exp(x - x.min(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)
