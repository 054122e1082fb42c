"""Draws rng.random(x.size) and reshapes it, multiplies by a precomputed scale, returns a list."""
import numpy as np


def dropout(x, p, rng):
    if not (p >= 0 and p < 1):
        raise ValueError("bad p")
    mask = np.greater_equal(rng.random(x.size).reshape(x.shape), p)
    scale = 1.0 / (1.0 - p)
    return [x * scale * mask, mask]


def dropout_backward(dout, mask, p):
    scale = 1.0 / (1.0 - p)
    return np.multiply(dout, mask) * scale
