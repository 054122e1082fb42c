"""silu_grad uses s * (1 + x * s) instead of s * (1 + x * (1 - s))."""
import numpy as np


def silu_grad(x):
    x = np.asarray(x, dtype=float)
    s = _sigmoid(x)
    return s * (1.0 + x * s)
