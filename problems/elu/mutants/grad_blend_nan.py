"""Blends the derivative's branches as mask + (1 - mask) * alpha * e^x: for x = 1e4 that is 0 * inf = nan.

Hint: 2
"""
import numpy as np


def elu_grad(x, alpha=1.0):
    x = np.asarray(x, dtype=float)
    mask = (x > 0).astype(float)
    return mask + (1.0 - mask) * alpha * np.exp(x)
