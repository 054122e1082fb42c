"""sigmoid as 1 / (1 + exp(x)): the sign in the exponent is flipped, which gives sigmoid(-x).

Hint: 2
"""
import numpy as np


def sigmoid(x):
    x = np.asarray(x, dtype=float)
    e = np.exp(-np.abs(x))
    return np.where(x <= 0, 1.0 / (1.0 + e), e / (1.0 + e))
