"""Rejects only negative temperatures, so temperature = 0 divides by zero instead of raising ValueError."""
import numpy as np


def gumbel_softmax(logits, temperature, rng):
    if temperature < 0:
        raise ValueError("temperature must be > 0")
    z = np.asarray(logits, dtype=float)
    g = -np.log(-np.log(rng.random(z.shape)))
    with np.errstate(divide='ignore', invalid='ignore'):
        y = (z + g) / temperature
        e = np.exp(y - y.max(axis=-1, keepdims=True))
        return e / e.sum(axis=-1, keepdims=True)
