"""softmax shifts each row by its minimum instead of its maximum: exp overflows when a row spans more than ~709.

Hint: 1
"""
import numpy as np


def softmax(logits):
    z = np.asarray(logits, dtype=float)
    e = np.exp(z - z.min(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)
