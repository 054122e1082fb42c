import numpy as np


def dropout(x, p, rng):
    """Inverted dropout in training mode.

    x: float array of any shape; p: drop probability in [0, 1); rng: np.random.Generator.
    Returns (out, mask): mask = rng.random(x.shape) >= p (boolean, drawn exactly once),
    out = x * mask / (1 - p).
    """
    if not 0 <= p < 1:
        raise ValueError(f"p must be in [0, 1), got {p}")
    mask = rng.random(x.shape) >= p  # True = keep; each entry kept with probability 1 - p
    out = x * mask / (1 - p)  # a new array, also for p = 0
    return out, mask


def dropout_backward(dout, mask, p):
    """Gradient of dropout with respect to x: dout * mask / (1 - p)."""
    return dout * mask / (1 - p)
