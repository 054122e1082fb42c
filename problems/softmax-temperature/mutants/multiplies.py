"""Multiplies the logits by the temperature instead of dividing, so the effect of T is inverted.

Hint: 1
"""
import numpy as np


def softmax_with_temperature(logits, temperature):
    if not temperature > 0:
        raise ValueError("temperature must be > 0")
    z = np.asarray(logits, dtype=float)
    z = (z - z.max(axis=-1, keepdims=True)) * temperature
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
