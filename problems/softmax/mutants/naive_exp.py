"""No max subtraction: exp overflows to inf (or underflows to 0) for large scores.

Hint: 1
"""
import numpy as np


def softmax(x):
    e = np.exp(np.asarray(x, dtype=float))
    return e / e.sum(axis=-1, keepdims=True)
