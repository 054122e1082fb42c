"""Copies the state, then updates the copies in place."""
import numpy as np


def nesterov_step(param, grad, velocity, lr, momentum=0.9):
    if np.shape(param) != np.shape(grad) or np.shape(param) != np.shape(velocity):
        raise ValueError("param, grad and velocity must have one shape")
    v = np.array(velocity, dtype=float)
    v *= momentum
    v += grad
    p = np.array(param, dtype=float)
    p -= lr * grad
    p -= lr * momentum * v
    return p, v
