"""leaky_relu_grad returns alpha * x for the negative side (the forward value) instead of the slope alpha."""
import numpy as np


def leaky_relu_grad(x, alpha=0.01):
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, 1.0, alpha * x)
