"""Returns 0 for x below -50, treating softplus as exactly 0 there, instead of the tiny positive value e^x."""
import numpy as np


def softplus(x):
    x = np.asarray(x, dtype=float)
    out = np.maximum(x, 0.0) + np.log1p(np.exp(-np.abs(x)))
    return np.where(x < -50.0, 0.0, out)
