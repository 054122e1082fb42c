"""Uses 2 / pi instead of sqrt(2 / pi) as the constant in front of (x + 0.044715 x^3).

Hint: 1
"""
import numpy as np


def gelu(x):
    x = np.asarray(x, dtype=float)
    return 0.5 * x * (1.0 + np.tanh(2.0 / np.pi * (x + K * x**3)))


def gelu_grad(x):
    x = np.asarray(x, dtype=float)
    t = np.tanh(2.0 / np.pi * (x + K * x**3))
    return 0.5 * (1.0 + t) + 0.5 * x * (1.0 - t * t) * 2.0 / np.pi * (1.0 + 3.0 * K * x**2)
