"""Shifts the logits by their minimum instead of their maximum: exp overflows when they span more than ~709.

Hint: 1
"""
import numpy as np


def cross_entropy_grad(logits, target):
    z = np.asarray(logits, dtype=float)
    e = np.exp(z - z.min())
    grad = e / e.sum()
    grad[target] -= 1.0
    return grad
