"""Shifts by the maximum of the whole batch instead of each row's, so a row far below it underflows to 0 / 0.

Hint: 2
"""
import numpy as np


def gumbel_softmax(logits, temperature, rng):
    if not temperature > 0:
        raise ValueError("temperature must be > 0")
    z = np.asarray(logits, dtype=float)
    g = -np.log(-np.log(rng.random(z.shape)))
    y = (z + g) / temperature
    with np.errstate(invalid='ignore'):
        e = np.exp(y - y.max())
        return e / e.sum(axis=-1, keepdims=True)
