"""sigmoid(x) = (1 + tanh(x / 2)) / 2, and its derivative (1 - tanh(x / 2)**2) / 4: tanh never overflows."""
import numpy as np


def sigmoid(x):
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(x, dtype=float)))


def sigmoid_grad(x):
    t = np.tanh(0.5 * np.asarray(x, dtype=float))
    return 0.25 * (1.0 - t * t)
