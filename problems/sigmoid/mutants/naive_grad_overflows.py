"""sigmoid_grad as exp(-x) / (1 + exp(-x))**2: for x = -1e4 this is inf / inf = nan.

Hint: 3
"""
import numpy as np


def sigmoid_grad(x):
    e = np.exp(-np.asarray(x, dtype=float))
    return e / (1.0 + e) ** 2
