"""Multiplies the parameter by (1 - weight_decay) instead of (1 - lr * weight_decay).

Hint: 2
"""
import numpy as np


def lion_step(param, grad, m, lr=1e-4, beta1=0.9, beta2=0.99, weight_decay=0.0):
    c = beta1 * m + (1 - beta1) * grad
    return param * (1 - weight_decay) - lr * np.sign(c), beta2 * m + (1 - beta2) * grad
