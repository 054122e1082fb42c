"""Computes the derivative as exp(x) / (1 + exp(x)), which is inf / inf = nan for large x."""
import numpy as np


def softplus_grad(x):
    e = np.exp(np.asarray(x, dtype=float))
    return e / (1.0 + e)
