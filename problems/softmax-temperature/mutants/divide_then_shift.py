"""Divides by T before subtracting the maximum: logits / 1e-308 overflows to inf and inf - inf is nan.

Hint: 2
"""
import numpy as np


def softmax_with_temperature(logits, temperature):
    if not temperature > 0:
        raise ValueError("temperature must be > 0")
    z = np.asarray(logits, dtype=float) / temperature
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)
