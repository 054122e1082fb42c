"""Adds weight_decay * param to m_hat before dividing by sqrt(v_hat) + eps, so the decay gets normalised too.

Hint: 2
"""
import numpy as np


def adamw_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01):
    new_m = beta1 * m + (1 - beta1) * grad
    new_v = beta2 * v + (1 - beta2) * grad**2
    m_hat = new_m / (1 - beta1**t)
    v_hat = new_v / (1 - beta2**t)
    return param - lr * (m_hat + weight_decay * param) / (np.sqrt(v_hat) + eps), new_m, new_v
