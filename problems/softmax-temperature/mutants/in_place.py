"""Divides the caller's logits in place (logits /= temperature), changing the input array."""
import numpy as np


def softmax_with_temperature(logits, temperature):
    if not temperature > 0:
        raise ValueError("temperature must be > 0")
    logits /= temperature
    e = np.exp(logits - logits.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)
