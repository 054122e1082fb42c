"""Updates the caller's velocity and param in place (*=, +=, -=) instead of returning new arrays.

Hint: 1
"""
import numpy as np


def nesterov_step(param, grad, velocity, lr, momentum=0.9):
    if np.shape(grad) != np.shape(param) or np.shape(velocity) != np.shape(param):
        raise ValueError("param, grad and velocity must have one shape")
    velocity *= momentum
    velocity += grad
    param -= lr * (grad + momentum * velocity)
    return param, velocity
