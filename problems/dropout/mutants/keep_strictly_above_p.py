"""Keeps entries with rng.random(x.shape) > p, dropping a number that equals p exactly.

Hint: 1
"""


def dropout(x, p, rng):
    if not 0 <= p < 1:
        raise ValueError(f"p must be in [0, 1), got {p}")
    mask = rng.random(x.shape) > p
    return x * mask / (1 - p), mask
