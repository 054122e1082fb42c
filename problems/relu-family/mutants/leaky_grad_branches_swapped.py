"""leaky_relu_grad swaps the branches: slope 1 for negative inputs and alpha for positive ones."""
import numpy as np


def leaky_relu_grad(x, alpha=0.01):
    return np.where(np.asarray(x) > 0, alpha, 1.0)
