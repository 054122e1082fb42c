"""Returns sigmoid(-x) = 1 / (1 + e^x) as the derivative: the sign of the exponent is flipped."""
import numpy as np


def softplus_grad(x):
    x = np.asarray(x, dtype=float)
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, e / (1.0 + e), 1.0 / (1.0 + e))
