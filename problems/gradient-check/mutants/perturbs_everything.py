"""Moves every entry of x by eps at once, (f(x + eps) - f(x - eps)) / (2 eps): a directional derivative, not a gradient.

Hint: 1
"""
import numpy as np


def numerical_gradient(f, x, eps=1e-5):
    x = np.asarray(x, dtype=float)
    slope = (float(f(x + eps)) - float(f(x - eps))) / (2 * eps)
    return np.full(x.shape, slope)
