"""sigmoid computes exp(-x) into the caller's array with out=, overwriting x."""
import numpy as np


def sigmoid(x):
    np.negative(x, out=x)
    np.exp(x, out=x)
    return 1.0 / (1.0 + x)
