"""Ignores the eps argument and always steps by a hard-coded 1e-6."""
import numpy as np


def numerical_gradient(f, x, eps=1e-5):
    h = 1e-6
    point = np.array(x, dtype=float)
    grad = np.zeros(point.shape)
    for index in np.ndindex(point.shape):
        old = point[index]
        point[index] = old + h
        f_plus = float(f(point))
        point[index] = old - h
        f_minus = float(f(point))
        point[index] = old
        grad[index] = (f_plus - f_minus) / (2 * h)
    return grad
