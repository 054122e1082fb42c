"""Draws a random seed from rng first, then the mask from a new generator: a different random stream."""
import numpy as np


def dropout(x, p, rng):
    if not 0 <= p < 1:
        raise ValueError("p must be in [0, 1)")
    local = np.random.default_rng(rng.integers(2**31))
    mask = local.random(x.shape) >= p
    return x * mask / (1 - p), mask
