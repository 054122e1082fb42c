"""Since (1 + tanh(u)) / 2 = sigmoid(2u): gelu = x * sigmoid(2u) with a stable sigmoid, and its derivative."""
import numpy as np

C = np.sqrt(2.0 / np.pi)


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def gelu(x):
    x = np.asarray(x, dtype=float)
    return x * _sigmoid(2.0 * C * (x + 0.044715 * x**3))


def gelu_grad(x):
    x = np.asarray(x, dtype=float)
    s = _sigmoid(2.0 * C * (x + 0.044715 * x**3))
    return s + x * s * (1.0 - s) * 2.0 * C * (1.0 + 3 * 0.044715 * x**2)
