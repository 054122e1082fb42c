"""Loops over the entries with math.sqrt and returns a list of new arrays."""
import math

import numpy as np


def adam_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    out_p, out_m, out_v = np.empty(param.shape), np.empty(param.shape), np.empty(param.shape)
    c1, c2 = 1 - beta1**t, 1 - beta2**t
    for i in np.ndindex(param.shape):
        mi = beta1 * m[i] + (1 - beta1) * grad[i]
        vi = beta2 * v[i] + (1 - beta2) * grad[i] * grad[i]
        out_p[i] = param[i] - lr * (mi / c1) / (math.sqrt(vi / c2) + eps)
        out_m[i], out_v[i] = mi, vi
    return [out_p, out_m, out_v]
