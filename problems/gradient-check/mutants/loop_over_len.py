"""Loops for i in range(len(x)) and perturbs x[i], which for a 2-D x moves a whole row at once.

Hint: 1
"""
import numpy as np


def numerical_gradient(f, x, eps=1e-5):
    point = np.array(x, dtype=float)
    grad = np.zeros(point.shape)
    for i in range(len(point)):
        old = point[i].copy()
        point[i] = old + eps
        f_plus = float(f(point))
        point[i] = old - eps
        f_minus = float(f(point))
        point[i] = old
        grad[i] = (f_plus - f_minus) / (2 * eps)
    return grad
