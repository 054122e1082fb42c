"""Plain (non-inverted) dropout: zeroes entries but forgets to divide by 1 - p.

Hint: 2
"""


def dropout(x, p, rng):
    if not 0 <= p < 1:
        raise ValueError("p must be in [0, 1)")
    mask = rng.random(x.shape) >= p
    return x * mask, mask
