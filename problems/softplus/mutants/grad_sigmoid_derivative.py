"""Returns the derivative of the sigmoid, s (1 - s), instead of the sigmoid itself."""
import numpy as np


def softplus_grad(x):
    x = np.asarray(x, dtype=float)
    e = np.exp(-np.abs(x))
    s = np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    return s * (1.0 - s)
