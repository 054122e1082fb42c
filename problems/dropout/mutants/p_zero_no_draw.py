"""Short-cuts p = 0 with a copy, but skips the one draw from the generator."""
import numpy as np


def dropout(x, p, rng):
    if not 0 <= p < 1:
        raise ValueError("p must be in [0, 1)")
    if p == 0:
        return x.copy(), np.ones(x.shape, dtype=bool)
    mask = rng.random(x.shape) >= p
    return x * mask / (1 - p), mask
