"""Puts the learning rate into the velocity (momentum * velocity + lr * grad) as well as into the step.

Hint: 1
"""
import numpy as np


def nesterov_step(param, grad, velocity, lr, momentum=0.9):
    param, grad, velocity = (np.asarray(a, dtype=float) for a in (param, grad, velocity))
    if grad.shape != param.shape or velocity.shape != param.shape:
        raise ValueError("param, grad and velocity must have one shape")
    v = momentum * velocity + lr * grad
    return param - lr * (grad + momentum * v), v
