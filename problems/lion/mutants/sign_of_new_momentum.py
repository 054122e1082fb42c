"""Updates the momentum first and takes the sign of the new momentum, instead of the beta1 blend of the old momentum and the gradient.

Hint: 1
"""
import numpy as np


def lion_step(param, grad, m, lr=1e-4, beta1=0.9, beta2=0.99, weight_decay=0.0):
    new_m = beta2 * m + (1 - beta2) * grad
    return param * (1 - lr * weight_decay) - lr * np.sign(new_m), new_m
