"""Rejects only negative temperatures (temperature < 0), letting 0 through to a division by zero.

Hint: 1
"""
import numpy as np


def softmax_with_temperature(logits, temperature):
    if temperature < 0:
        raise ValueError("temperature must be >= 0")
    z = np.asarray(logits, dtype=float)
    z = (z - z.max(axis=-1, keepdims=True)) / temperature
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
