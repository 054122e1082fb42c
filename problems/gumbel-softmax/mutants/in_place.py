"""Adds the noise into the caller's logits array (logits += g) before the softmax."""
import numpy as np


def gumbel_softmax(logits, temperature, rng):
    if not temperature > 0:
        raise ValueError("temperature must be > 0")
    logits += -np.log(-np.log(rng.random(logits.shape)))
    y = logits / temperature
    e = np.exp(y - y.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)
