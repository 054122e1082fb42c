"""Keeps entries whose random number is below p, so p becomes the keep probability.

Hint: 1
"""


def dropout(x, p, rng):
    if not 0 <= p < 1:
        raise ValueError("p must be in [0, 1)")
    mask = rng.random(x.shape) < p
    return x * mask / (1 - p), mask
