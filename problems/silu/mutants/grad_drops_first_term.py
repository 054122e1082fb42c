"""silu_grad returns x * s * (1 - s) and forgets the product-rule term s (from the derivative of x).

Hint: 2
"""
import numpy as np


def silu_grad(x):
    x = np.asarray(x, dtype=float)
    s = _sigmoid(x)
    return x * s * (1.0 - s)
