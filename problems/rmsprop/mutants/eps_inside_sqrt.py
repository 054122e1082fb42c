"""Adds eps inside the square root, sqrt(sq_avg + eps), instead of after it.

Hint: 2
"""
import numpy as np


def rmsprop_step(param, grad, sq_avg, lr=1e-2, alpha=0.99, eps=1e-8):
    param, grad, sq_avg = (np.asarray(a, dtype=float) for a in (param, grad, sq_avg))
    if grad.shape != param.shape or sq_avg.shape != param.shape:
        raise ValueError("param, grad and sq_avg must have one shape")
    new_sq_avg = alpha * sq_avg + (1 - alpha) * grad**2
    return param - lr * grad / np.sqrt(new_sq_avg + eps), new_sq_avg
