"""Through log-space: sigmoid(x) = exp(-log(1 + e^-x)) with np.logaddexp(0, -x), never overflowing."""
import numpy as np


def sigmoid(x):
    return np.exp(-np.logaddexp(0.0, -np.asarray(x, dtype=float)))


def sigmoid_grad(x):
    x = np.asarray(x, dtype=float)
    return np.exp(-np.logaddexp(0.0, -x) - np.logaddexp(0.0, x))  # sigmoid(x) * sigmoid(-x)
