"""The textbook 1 / (1 + exp(-x)): exp overflows to inf for x << 0, but 1 / inf = 0 is the right value."""
import numpy as np


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-np.asarray(x, dtype=float)))


def sigmoid_grad(x):
    s = sigmoid(x)
    return s * (1.0 - s)
