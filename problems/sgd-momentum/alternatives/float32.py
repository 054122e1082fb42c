"""Computes in float32 and returns float32 arrays."""
import numpy as np


def sgd_momentum_step(param, grad, velocity, lr, momentum=0.9):
    v = np.float32(momentum) * velocity.astype(np.float32) + grad.astype(np.float32)
    p = param.astype(np.float32) - np.float32(lr) * v
    return p, v
