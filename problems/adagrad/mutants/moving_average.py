"""Keeps a moving average 0.99 * sum_sq + 0.01 * grad^2 (RMSProp) instead of the plain sum.

Hint: 1
"""
import numpy as np


def adagrad_step(param, grad, sum_sq, lr=1e-2, eps=1e-10):
    param, grad, sum_sq = (np.asarray(a, dtype=float) for a in (param, grad, sum_sq))
    if grad.shape != param.shape or sum_sq.shape != param.shape:
        raise ValueError("param, grad and sum_sq must have one shape")
    new = 0.99 * sum_sq + 0.01 * grad**2
    return param - lr * grad / (np.sqrt(new) + eps), new
