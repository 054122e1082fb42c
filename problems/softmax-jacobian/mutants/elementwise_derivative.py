"""Only the diagonal p (1 - p) is right: off-diagonal entries are zero instead of -p_i p_j.

Hint: 2
"""
import numpy as np


def softmax_jacobian(logits):
    e = np.exp(logits - logits.max(axis=-1, keepdims=True))
    p = e / e.sum(axis=-1, keepdims=True)
    return (p * (1 - p))[..., :, None] * np.eye(logits.shape[-1])
