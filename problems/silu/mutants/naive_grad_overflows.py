"""silu_grad writes sigmoid'(x) as exp(-x) / (1 + exp(-x))**2: at x = -1e4 that is inf / inf = nan.

Hint: 1
"""
import numpy as np


def silu_grad(x):
    x = np.asarray(x, dtype=float)
    e = np.exp(-x)
    return _sigmoid(x) + x * e / (1.0 + e) ** 2
