"""Off-by-one in the bias correction: divides by 1 - beta**(t - 1), which is 0 at t = 1.

Hint: 1
"""
import numpy as np


def adam_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    new_m = beta1 * m + (1 - beta1) * grad
    new_v = beta2 * v + (1 - beta2) * grad**2
    m_hat = new_m / (1 - beta1 ** (t - 1))
    v_hat = new_v / (1 - beta2 ** (t - 1))
    return param - lr * m_hat / (np.sqrt(v_hat) + eps), new_m, new_v
