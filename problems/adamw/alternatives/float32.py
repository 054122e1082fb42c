"""Computes everything in float32 and returns float32 arrays."""
import numpy as np


def adamw_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01):
    f = np.float32
    g = grad.astype(f)
    p = param.astype(f) * f(1 - lr * weight_decay)
    new_m = f(beta1) * m.astype(f) + f(1 - beta1) * g
    new_v = f(beta2) * v.astype(f) + f(1 - beta2) * np.square(g)
    denom = np.sqrt(new_v) / f(np.sqrt(1 - beta2**t)) + f(eps)
    return p - f(lr / (1 - beta1**t)) * new_m / denom, new_m, new_v
