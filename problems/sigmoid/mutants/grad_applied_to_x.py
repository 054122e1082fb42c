"""sigmoid_grad applies the output-side formula s * (1 - s) to x itself, as if x were sigmoid(x).

Hint: 3
"""
import numpy as np


def sigmoid_grad(x):
    x = np.asarray(x, dtype=float)
    return x * (1.0 - x)
