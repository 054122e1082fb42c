"""Uses the cruder "quick GELU" x * sigmoid(1.702 x) instead of the tanh approximation."""
import numpy as np


def _sig(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def gelu(x):
    x = np.asarray(x, dtype=float)
    return x * _sig(1.702 * x)


def gelu_grad(x):
    x = np.asarray(x, dtype=float)
    s = _sig(1.702 * x)
    return s + 1.702 * x * s * (1.0 - s)
