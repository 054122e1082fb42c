"""Steps by lr * new_velocity (heavy-ball momentum) instead of lr * (grad + momentum * new_velocity).

Hint: 2
"""
import numpy as np


def nesterov_step(param, grad, velocity, lr, momentum=0.9):
    param, grad, velocity = (np.asarray(a, dtype=float) for a in (param, grad, velocity))
    if grad.shape != param.shape or velocity.shape != param.shape:
        raise ValueError("param, grad and velocity must have one shape")
    v = momentum * velocity + grad
    return param - lr * v, v
