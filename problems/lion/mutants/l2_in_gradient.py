"""Adds weight_decay * param to the gradient (an L2 penalty) instead of decaying the parameter directly.

Hint: 2
"""
import numpy as np


def lion_step(param, grad, m, lr=1e-4, beta1=0.9, beta2=0.99, weight_decay=0.0):
    g = grad + weight_decay * param
    c = beta1 * m + (1 - beta1) * g
    return param - lr * np.sign(c), beta2 * m + (1 - beta2) * g
