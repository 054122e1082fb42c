"""Splits off max(x, 0) but computes log(1 + e^-|x|) with np.log, so small results lose their digits (or become 0).

Hint: 2
"""
import numpy as np


def softplus(x):
    x = np.asarray(x, dtype=float)
    return np.maximum(x, 0.0) + np.log(1.0 + np.exp(-np.abs(x)))
