"""Steps by lr * momentum * new_velocity, leaving out the gradient term.

Hint: 2
"""
import numpy as np


def nesterov_step(param, grad, velocity, lr, momentum=0.9):
    param, grad, velocity = (np.asarray(a, dtype=float) for a in (param, grad, velocity))
    if grad.shape != param.shape or velocity.shape != param.shape:
        raise ValueError("param, grad and velocity must have one shape")
    v = momentum * velocity + grad
    return param - lr * momentum * v, v
