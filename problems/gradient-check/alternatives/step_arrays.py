"""Builds a step array eps * e_i for each flat index and evaluates f(x + step) and f(x - step) on new arrays."""
import numpy as np


def numerical_gradient(f, x, eps=1e-5):
    x = np.asarray(x, dtype=float)
    grad = np.zeros_like(x)
    for flat in range(x.size):
        step = np.zeros_like(x)
        step.flat[flat] = eps
        grad.flat[flat] = (f(x + step) - f(x - step)) / (2 * eps)
    return grad
