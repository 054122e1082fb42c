"""np.where on a mask drawn with rng.uniform(size=x.shape), the same stream as rng.random(x.shape)."""
import numpy as np


def dropout(x, p, rng):
    if p < 0 or p >= 1:
        raise ValueError("dropout probability must satisfy 0 <= p < 1")
    mask = rng.uniform(size=x.shape) >= p
    return np.where(mask, x / (1 - p), 0.0), mask


def dropout_backward(dout, mask, p):
    return np.where(mask, dout / (1 - p), 0.0)
