"""leaky_relu_grad tests x >= 0, so it returns 1 at x = 0 instead of alpha.

Hint: 1
"""
import numpy as np


def leaky_relu_grad(x, alpha=0.01):
    return np.where(np.asarray(x) >= 0, 1.0, alpha)
