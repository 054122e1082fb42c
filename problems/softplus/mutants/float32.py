"""Computes in float32, where results below about 1e-45 underflow to 0, so softplus(-100) and softplus(-700) become 0."""
import numpy as np


def softplus(x):
    x = np.asarray(x, dtype=np.float32)
    return np.maximum(x, 0) + np.log1p(np.exp(-np.abs(x)))
