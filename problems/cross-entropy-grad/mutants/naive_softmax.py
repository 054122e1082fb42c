"""Softmax without subtracting the max: exp overflows for large logits.

Hint: 1
"""
import numpy as np


def cross_entropy_grad(logits, target):
    e = np.exp(logits)
    grad = e / e.sum()
    grad[target] -= 1.0
    return grad
