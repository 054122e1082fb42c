"""relu_grad tests x >= 0, so it returns 1 at x = 0 instead of the convention 0.

Hint: 1
"""
import numpy as np


def relu_grad(x):
    return np.where(np.asarray(x) >= 0, 1.0, 0.0)
