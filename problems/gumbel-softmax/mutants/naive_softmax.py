"""Exponentiates (z + g) / T without subtracting the row maximum, so large logits or a small temperature overflow to nan.

Hint: 2
"""
import numpy as np


def gumbel_softmax(logits, temperature, rng):
    if not temperature > 0:
        raise ValueError("temperature must be > 0")
    z = np.asarray(logits, dtype=float)
    g = -np.log(-np.log(rng.random(z.shape)))
    with np.errstate(over='ignore', invalid='ignore'):
        e = np.exp((z + g) / temperature)
        return e / e.sum(axis=-1, keepdims=True)
