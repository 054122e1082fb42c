"""gelu_grad takes d/du tanh(u) as 1 - tanh(u) instead of 1 - tanh(u)**2.

Hint: 2
"""
import numpy as np


def gelu_grad(x):
    x = np.asarray(x, dtype=float)
    t = np.tanh(SQRT_2_OVER_PI * (x + K * x**3))
    return 0.5 * (1.0 + t) + 0.5 * x * (1.0 - t) * SQRT_2_OVER_PI * (1.0 + 3.0 * K * x**2)
