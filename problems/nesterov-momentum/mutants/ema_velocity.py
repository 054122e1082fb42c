"""Updates the velocity as a moving average, momentum * velocity + (1 - momentum) * grad, instead of adding the whole gradient.

Hint: 1
"""
import numpy as np


def nesterov_step(param, grad, velocity, lr, momentum=0.9):
    param, grad, velocity = (np.asarray(a, dtype=float) for a in (param, grad, velocity))
    if grad.shape != param.shape or velocity.shape != param.shape:
        raise ValueError("param, grad and velocity must have one shape")
    v = momentum * velocity + (1 - momentum) * grad
    return param - lr * (grad + momentum * v), v
