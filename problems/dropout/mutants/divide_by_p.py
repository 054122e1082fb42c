"""Scales kept entries by 1 / p instead of 1 / (1 - p), confusing the drop and keep probabilities.

Hint: 2
"""


def dropout(x, p, rng):
    if not 0 <= p < 1:
        raise ValueError("p must be in [0, 1)")
    mask = rng.random(x.shape) >= p
    out = x * mask / p if p > 0 else x.copy()
    return out, mask
