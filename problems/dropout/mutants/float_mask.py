"""Returns the mask as a float array of 0s and 1s instead of a boolean array.

Hint: 2
"""


def dropout(x, p, rng):
    if not 0 <= p < 1:
        raise ValueError("p must be in [0, 1)")
    mask = (rng.random(x.shape) >= p).astype(x.dtype)
    return x * mask / (1 - p), mask
