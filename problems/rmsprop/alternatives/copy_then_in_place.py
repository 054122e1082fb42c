"""Copies the state, then updates the copies in place with out= arguments."""
import numpy as np


def rmsprop_step(param, grad, sq_avg, lr=1e-2, alpha=0.99, eps=1e-8):
    if np.shape(param) != np.shape(grad) or np.shape(param) != np.shape(sq_avg):
        raise ValueError("param, grad and sq_avg must have one shape")
    s = np.array(sq_avg, dtype=float)
    s *= alpha
    s += (1 - alpha) * np.square(grad)
    denom = np.sqrt(s)
    denom += eps
    p = np.array(param, dtype=float)
    p -= lr * np.divide(grad, denom)
    return p, s
