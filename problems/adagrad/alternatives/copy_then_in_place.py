"""Copies the state, then updates the copies in place."""
import numpy as np


def adagrad_step(param, grad, sum_sq, lr=1e-2, eps=1e-10):
    if np.shape(param) != np.shape(grad) or np.shape(param) != np.shape(sum_sq):
        raise ValueError("param, grad and sum_sq must have one shape")
    s = np.array(sum_sq, dtype=float)
    s += np.square(grad)
    p = np.array(param, dtype=float)
    p -= lr * grad / (s**0.5 + eps)
    return p, s
