"""Derivative with sech(u)^2 = 1 / cosh(u)^2: cosh overflows to inf for large |u|, and 1 / inf = 0 is right."""
import math

import numpy as np


def gelu(x):
    x = np.asarray(x, dtype=float)
    u = math.sqrt(2 / math.pi) * (x + 0.044715 * np.power(x, 3))
    return x * (1 + np.tanh(u)) / 2


def gelu_grad(x):
    x = np.asarray(x, dtype=float)
    u = math.sqrt(2 / math.pi) * (x + 0.044715 * np.power(x, 3))
    sech2 = 1.0 / np.cosh(u) ** 2
    return (1 + np.tanh(u)) / 2 + x / 2 * sech2 * math.sqrt(2 / math.pi) * (1 + 3 * 0.044715 * x * x)
