"""leaky_relu adds alpha * x to every entry (relu(x) + alpha * x), so positives get (1 + alpha) x.

Hint: 2
"""
import numpy as np


def leaky_relu(x, alpha=0.01):
    x = np.asarray(x, dtype=float)
    return np.maximum(x, 0.0) + alpha * x
