"""Uses the raw gradient in the numerator of the update instead of m_hat (identical at t = 1 from zero state).

Hint: 1
"""
import numpy as np


def adam_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    new_m = beta1 * m + (1 - beta1) * grad
    new_v = beta2 * v + (1 - beta2) * grad**2
    v_hat = new_v / (1 - beta2**t)
    return param - lr * grad / (np.sqrt(v_hat) + eps), new_m, new_v
