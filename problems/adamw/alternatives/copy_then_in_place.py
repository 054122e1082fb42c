"""Copies the inputs, then updates the copies in place (PyTorch-like), returning a list."""
import numpy as np


def adamw_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01):
    p, new_m, new_v = param.copy(), m.copy(), v.copy()
    p *= 1 - lr * weight_decay
    new_m *= beta1
    new_m += (1 - beta1) * grad
    new_v *= beta2
    new_v += (1 - beta2) * grad * grad
    denom = np.sqrt(new_v / (1 - beta2**t))
    denom += eps
    p -= lr / (1 - beta1**t) * new_m / denom
    return [p, new_m, new_v]
