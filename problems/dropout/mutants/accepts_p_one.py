"""Validates p with p > 1 instead of p >= 1, so p = 1 divides by zero instead of raising."""


def dropout(x, p, rng):
    if p < 0 or p > 1:
        raise ValueError("p must be in [0, 1]")
    mask = rng.random(x.shape) >= p
    return x * mask / (1 - p), mask
