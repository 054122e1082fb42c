"""Subtracts the inner product p . p (what p @ p.T gives for 1-D p) instead of the outer product.

Hint: 2
"""
import numpy as np


def softmax_jacobian(logits):
    e = np.exp(logits - logits.max(axis=-1, keepdims=True))
    p = e / e.sum(axis=-1, keepdims=True)
    return p[..., :, None] * np.eye(logits.shape[-1]) - (p * p).sum(axis=-1)[..., None, None]
