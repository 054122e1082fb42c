"""Softmax without subtracting the max: exp overflows for large logits.

Hint: 1
"""
import numpy as np


def softmax_jacobian(logits):
    e = np.exp(logits)
    p = e / e.sum(axis=-1, keepdims=True)
    return p[..., :, None] * np.eye(logits.shape[-1]) - p[..., :, None] * p[..., None, :]
