"""Uses the forward difference (f(x + eps) - f(x)) / eps, accurate only to about eps * f''/2."""
import numpy as np


def numerical_gradient(f, x, eps=1e-5):
    point = np.array(x, dtype=float)
    grad = np.zeros(point.shape)
    f0 = float(f(point))
    for index in np.ndindex(point.shape):
        old = point[index]
        point[index] = old + eps
        grad[index] = (float(f(point)) - f0) / eps
        point[index] = old
    return grad
