"""Zeroes and rescales x in place (x *= mask), changing the caller's array.

Hint: 2
"""


def dropout(x, p, rng):
    if not 0 <= p < 1:
        raise ValueError("p must be in [0, 1)")
    mask = rng.random(x.shape) >= p
    x *= mask
    x /= 1 - p
    return x, mask
