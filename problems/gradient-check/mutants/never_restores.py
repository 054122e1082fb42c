"""Perturbs x in place and never puts the entry back, so x is left changed and later entries are taken at a shifted point.

Hint: 2
"""
import numpy as np


def numerical_gradient(f, x, eps=1e-5):
    grad = np.zeros(x.shape)
    for index in np.ndindex(x.shape):
        old = x[index]
        x[index] = old + eps
        f_plus = float(f(x))
        x[index] = old - eps
        f_minus = float(f(x))
        grad[index] = (f_plus - f_minus) / (2 * eps)
    return grad
