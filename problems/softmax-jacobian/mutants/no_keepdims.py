"""Row max and row sum without keepdims: they broadcast along the wrong axis for batches.

Hint: 1
"""
import numpy as np


def softmax_jacobian(logits):
    e = np.exp(logits - logits.max(axis=-1))
    p = e / e.sum(axis=-1)
    return p[..., :, None] * np.eye(logits.shape[-1]) - p[..., :, None] * p[..., None, :]
