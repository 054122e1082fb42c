"""Copy the input, then overwrite entries through boolean-mask indexing."""
import numpy as np


def relu(x):
    out = np.array(x, dtype=float)  # a copy
    out[out <= 0] = 0.0
    return out


def relu_grad(x):
    out = np.zeros(np.shape(x))
    out[np.asarray(x) > 0] = 1.0
    return out


def leaky_relu(x, alpha=0.01):
    out = np.array(x, dtype=float)
    out[out <= 0] *= alpha
    return out


def leaky_relu_grad(x, alpha=0.01):
    out = np.full(np.shape(x), float(alpha))
    out[np.asarray(x) > 0] = 1.0
    return out
