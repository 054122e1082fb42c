"""The average written as a step towards grad^2: s + (1 - alpha) * (grad^2 - s)."""
import numpy as np


def rmsprop_step(param, grad, sq_avg, lr=1e-2, alpha=0.99, eps=1e-8):
    param, grad, sq_avg = (np.asarray(a, dtype=float) for a in (param, grad, sq_avg))
    if grad.shape != param.shape or sq_avg.shape != param.shape:
        raise ValueError("param, grad and sq_avg must have one shape")
    s = sq_avg + (1 - alpha) * (grad * grad - sq_avg)
    return param - lr * grad / (s**0.5 + eps), s
