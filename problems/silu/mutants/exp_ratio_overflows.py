"""silu as x * exp(x) / (1 + exp(x)): for x = 1e4 that is inf / inf = nan.

Hint: 1
"""
import numpy as np


def silu(x):
    x = np.asarray(x, dtype=float)
    e = np.exp(x)
    return x * e / (1.0 + e)
