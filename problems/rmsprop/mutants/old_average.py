"""Divides by the root of the OLD average, before adding the current squared gradient.

Hint: 1
"""
import numpy as np


def rmsprop_step(param, grad, sq_avg, lr=1e-2, alpha=0.99, eps=1e-8):
    param, grad, sq_avg = (np.asarray(a, dtype=float) for a in (param, grad, sq_avg))
    if grad.shape != param.shape or sq_avg.shape != param.shape:
        raise ValueError("param, grad and sq_avg must have one shape")
    new_param = param - lr * grad / (np.sqrt(sq_avg) + eps)
    return new_param, alpha * sq_avg + (1 - alpha) * grad**2
