"""softmax without subtracting the row maximum: exp overflows to inf for large logits.

Hint: 1
"""
import numpy as np


def softmax(logits):
    e = np.exp(np.asarray(logits, dtype=float))
    return e / e.sum(axis=-1, keepdims=True)
