"""Swaps the roles of the betas: the direction blends with beta2 and the momentum is tracked with beta1.

Hint: 2
"""
import numpy as np


def lion_step(param, grad, m, lr=1e-4, beta1=0.9, beta2=0.99, weight_decay=0.0):
    c = beta2 * m + (1 - beta2) * grad
    return param * (1 - lr * weight_decay) - lr * np.sign(c), beta1 * m + (1 - beta1) * grad
