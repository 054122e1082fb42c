"""Ignores the momentum argument and always uses 0.9."""
import numpy as np


def nesterov_step(param, grad, velocity, lr, momentum=0.9):
    param, grad, velocity = (np.asarray(a, dtype=float) for a in (param, grad, velocity))
    if grad.shape != param.shape or velocity.shape != param.shape:
        raise ValueError("param, grad and velocity must have one shape")
    v = 0.9 * velocity + grad
    return param - lr * (grad + 0.9 * v), v
