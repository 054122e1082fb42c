"""Divides the central difference by eps instead of 2 eps, doubling every entry."""
import numpy as np


def numerical_gradient(f, x, eps=1e-5):
    point = np.array(x, dtype=float)
    grad = np.zeros(point.shape)
    for index in np.ndindex(point.shape):
        old = point[index]
        point[index] = old + eps
        f_plus = float(f(point))
        point[index] = old - eps
        f_minus = float(f(point))
        point[index] = old
        grad[index] = (f_plus - f_minus) / eps
    return grad
