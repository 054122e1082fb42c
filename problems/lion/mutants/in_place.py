"""Updates param and m in place (param -= ..., m *= beta2), changing the caller's arrays.

Hint: 2
"""
import numpy as np


def lion_step(param, grad, m, lr=1e-4, beta1=0.9, beta2=0.99, weight_decay=0.0):
    c = beta1 * m + (1 - beta1) * grad
    param *= 1 - lr * weight_decay
    param -= lr * np.sign(c)
    m *= beta2
    m += (1 - beta2) * grad
    return param, m
