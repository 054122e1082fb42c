"""Perturbs x in place with += eps, -= 2 eps, += eps: rounding leaves x slightly changed.

Hint: 2
"""
import numpy as np


def numerical_gradient(f, x, eps=1e-5):
    grad = np.zeros(x.shape)
    for index in np.ndindex(x.shape):
        x[index] += eps
        f_plus = float(f(x))
        x[index] -= 2 * eps
        f_minus = float(f(x))
        x[index] += eps
        grad[index] = (f_plus - f_minus) / (2 * eps)
    return grad
