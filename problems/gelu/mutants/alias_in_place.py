"""Builds u with u = x; u += 0.044715 * x**3, which writes into the caller's array (u is x, not a copy)."""
import numpy as np


def gelu(x):
    u = x  # meant as a copy, but it is the same array
    u += K * x**3
    u *= SQRT_2_OVER_PI
    return 0.5 * x * (1.0 + np.tanh(u))
