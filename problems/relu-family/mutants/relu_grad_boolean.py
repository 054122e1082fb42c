"""relu_grad returns the boolean mask x > 0 instead of the numbers 0.0 and 1.0.

Hint: 3
"""
import numpy as np


def relu_grad(x):
    return np.asarray(x) > 0
