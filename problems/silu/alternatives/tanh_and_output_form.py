"""sigmoid through tanh, and the derivative written with the output y = silu(x): y + s * (1 - y)."""
import numpy as np


def silu(x):
    x = np.asarray(x, dtype=float)
    return x * 0.5 * (1.0 + np.tanh(0.5 * x))


def silu_grad(x):
    x = np.asarray(x, dtype=float)
    s = 0.5 * (1.0 + np.tanh(0.5 * x))
    y = x * s
    return y + s * (1.0 - y)  # = s + x s (1 - s)
