"""silu_grad plugs silu(x) where sigmoid(x) belongs: y * (1 + x * (1 - y)) with y = x * sigmoid(x).

Hint: 2
"""
import numpy as np


def silu_grad(x):
    x = np.asarray(x, dtype=float)
    y = x * _sigmoid(x)
    return y * (1.0 + x * (1.0 - y))
