"""softmax subtracts the maximum of the whole batch instead of each row's own maximum.

Hint: 1
"""
import numpy as np


def softmax(logits):
    z = np.asarray(logits, dtype=float)
    e = np.exp(z - z.max())
    return e / e.sum(axis=-1, keepdims=True)
