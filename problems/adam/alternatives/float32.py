"""Computes everything in float32 and returns float32 arrays."""
import numpy as np


def adam_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    f = np.float32
    g = grad.astype(f)
    new_m = f(beta1) * m.astype(f) + f(1 - beta1) * g
    new_v = f(beta2) * v.astype(f) + f(1 - beta2) * g * g
    m_hat = new_m / f(1 - beta1**t)
    v_hat = new_v / f(1 - beta2**t)
    return param.astype(f) - f(lr) * m_hat / (np.sqrt(v_hat) + f(eps)), new_m, new_v
