"""The rule computed in float32."""
import numpy as np


def adagrad_step(param, grad, sum_sq, lr=1e-2, eps=1e-10):
    p, g, s = (np.asarray(a, dtype=np.float32) for a in (param, grad, sum_sq))
    if not (p.shape == g.shape == s.shape):
        raise ValueError("param, grad and sum_sq must have one shape")
    s = s + g * g
    return p - np.float32(lr) * g / (np.sqrt(s) + np.float32(eps)), s
