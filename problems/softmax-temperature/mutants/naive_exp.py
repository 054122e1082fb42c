"""Exponentiates logits / T without subtracting the maximum: overflows for small T or large logits.

Hint: 1
"""
import numpy as np


def softmax_with_temperature(logits, temperature):
    if not temperature > 0:
        raise ValueError("temperature must be > 0")
    e = np.exp(np.asarray(logits, dtype=float) / temperature)
    return e / e.sum(axis=-1, keepdims=True)
