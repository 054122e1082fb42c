"""The rule computed in float32."""
import numpy as np


def rmsprop_step(param, grad, sq_avg, lr=1e-2, alpha=0.99, eps=1e-8):
    p, g, s = (np.asarray(a, dtype=np.float32) for a in (param, grad, sq_avg))
    if not (p.shape == g.shape == s.shape):
        raise ValueError("param, grad and sq_avg must have one shape")
    s = np.float32(alpha) * s + np.float32(1 - alpha) * g * g
    return p - np.float32(lr) * g / (np.sqrt(s) + np.float32(eps)), s
