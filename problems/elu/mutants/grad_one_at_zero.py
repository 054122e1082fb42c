"""Puts x = 0 in the linear branch of the derivative (x >= 0), so elu_grad(0) is 1 instead of alpha.

Hint: 1
"""
import numpy as np


def elu_grad(x, alpha=1.0):
    x = np.asarray(x, dtype=float)
    return np.where(x >= 0, 1.0, alpha * np.exp(np.minimum(x, 0.0)))
