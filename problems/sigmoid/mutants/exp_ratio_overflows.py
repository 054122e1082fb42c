"""sigmoid as exp(x) / (1 + exp(x)): for large x both overflow to inf and inf / inf is nan.

Hint: 1
"""
import numpy as np


def sigmoid(x):
    e = np.exp(np.asarray(x, dtype=float))
    return e / (1.0 + e)
