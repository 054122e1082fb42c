"""Uses alpha * x on the negative side, the leaky ReLU, instead of alpha * (e^x - 1)."""
import numpy as np


def elu(x, alpha=1.0):
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, x, alpha * x)
