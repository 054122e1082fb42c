"""Returns diag(p): treats softmax as elementwise and forgets the -p p^T coupling term.

Hint: 2
"""
import numpy as np


def softmax_jacobian(logits):
    e = np.exp(logits - logits.max(axis=-1, keepdims=True))
    p = e / e.sum(axis=-1, keepdims=True)
    return p[..., :, None] * np.eye(logits.shape[-1])
