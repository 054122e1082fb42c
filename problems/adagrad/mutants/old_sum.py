"""Divides by the root of the OLD sum, before adding the current squared gradient.

Hint: 1
"""
import numpy as np


def adagrad_step(param, grad, sum_sq, lr=1e-2, eps=1e-10):
    param, grad, sum_sq = (np.asarray(a, dtype=float) for a in (param, grad, sum_sq))
    if grad.shape != param.shape or sum_sq.shape != param.shape:
        raise ValueError("param, grad and sum_sq must have one shape")
    return param - lr * grad / (np.sqrt(sum_sq) + eps), sum_sq + grad**2
