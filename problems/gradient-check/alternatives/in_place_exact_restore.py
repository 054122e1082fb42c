"""Perturbs the caller's x in place, iterating with np.nditer, and restores each entry by assigning the saved value."""
import numpy as np


def numerical_gradient(f, x, eps=1e-5):
    grad = np.zeros(x.shape)
    it = np.nditer(x, flags=["multi_index"])
    for _ in it:
        i = it.multi_index
        saved = x[i]
        x[i] = saved + eps
        up = f(x)
        x[i] = saved - eps
        down = f(x)
        x[i] = saved
        grad[i] = (up - down) / (2 * eps)
    return grad
