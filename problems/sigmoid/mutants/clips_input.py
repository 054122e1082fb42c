"""Clips x to [-10, 10] "to avoid overflow", so sigmoid(50) comes out 0.99995 instead of 1.

Hint: 1
"""
import numpy as np


def sigmoid(x):
    x = np.clip(np.asarray(x, dtype=float), -10.0, 10.0)
    return 1.0 / (1.0 + np.exp(-x))


def sigmoid_grad(x):
    s = sigmoid(x)
    return s * (1.0 - s)
