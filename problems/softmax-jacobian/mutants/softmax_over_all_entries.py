"""Normalises by the sum over the whole array instead of each row: wrong for batched input.

Hint: 1
"""
import numpy as np


def softmax_jacobian(logits):
    e = np.exp(logits - logits.max())
    p = e / e.sum()
    return p[..., :, None] * np.eye(logits.shape[-1]) - p[..., :, None] * p[..., None, :]
