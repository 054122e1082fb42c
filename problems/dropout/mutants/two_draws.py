"""Draws rng.random(x.shape) twice (once to test, once to build the mask) and keeps the first."""


def dropout(x, p, rng):
    if not 0 <= p < 1:
        raise ValueError("p must be in [0, 1)")
    mask = rng.random(x.shape) >= p
    if not (rng.random(x.shape) >= 0).all():
        raise RuntimeError("unreachable")
    return x * mask / (1 - p), mask
