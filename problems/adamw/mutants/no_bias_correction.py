"""Skips Adam's bias correction: the update uses the raw m and v.

Hint: 1
"""
import numpy as np


def adamw_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01):
    new_m = beta1 * m + (1 - beta1) * grad
    new_v = beta2 * v + (1 - beta2) * grad**2
    return param * (1 - lr * weight_decay) - lr * new_m / (np.sqrt(new_v) + eps), new_m, new_v
