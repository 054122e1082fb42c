"""Clips x to [-30, 30] before the formula to avoid overflow, so softplus(1e4) comes out 30 instead of 1e4.

Hint: 1
"""
import numpy as np


def softplus(x):
    x = np.clip(np.asarray(x, dtype=float), -30.0, 30.0)
    return np.log1p(np.exp(x))
