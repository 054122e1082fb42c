"""Reduces along the last axis but forgets keepdims=True, so the result broadcasts the wrong way.

Hint: 2
"""
import numpy as np


def softmax(x):
    x = np.asarray(x, dtype=float)
    e = np.exp(x - x.max(axis=-1))
    return e / e.sum(axis=-1)
