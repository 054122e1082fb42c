"""Loops over the entries with np.ndindex and returns a tuple of new arrays."""
import numpy as np


def sgd_momentum_step(param, grad, velocity, lr, momentum=0.9):
    new_p = np.empty(param.shape)
    new_v = np.empty(param.shape)
    for i in np.ndindex(param.shape):
        new_v[i] = momentum * velocity[i] + grad[i]
        new_p[i] = param[i] - lr * new_v[i]
    return new_p, new_v
