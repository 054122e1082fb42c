"""Maps a zero blend to +1 with np.where(c >= 0, 1, -1), so sign(0) moves the parameter.

Hint: 1
"""
import numpy as np


def lion_step(param, grad, m, lr=1e-4, beta1=0.9, beta2=0.99, weight_decay=0.0):
    c = beta1 * m + (1 - beta1) * grad
    direction = np.where(c >= 0, 1.0, -1.0)
    return param * (1 - lr * weight_decay) - lr * direction, beta2 * m + (1 - beta2) * grad
