"""Draws the mask with rng.binomial(1, 1 - p): right distribution, but not the specified random stream.

Hint: 1
"""


def dropout(x, p, rng):
    if not 0 <= p < 1:
        raise ValueError("p must be in [0, 1)")
    mask = rng.binomial(1, 1 - p, size=x.shape).astype(bool)
    return x * mask / (1 - p), mask
