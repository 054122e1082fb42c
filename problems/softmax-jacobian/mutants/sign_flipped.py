"""Sign flipped: p p^T - diag(p) instead of diag(p) - p p^T."""
import numpy as np


def softmax_jacobian(logits):
    e = np.exp(logits - logits.max(axis=-1, keepdims=True))
    p = e / e.sum(axis=-1, keepdims=True)
    return p[..., :, None] * p[..., None, :] - p[..., :, None] * np.eye(logits.shape[-1])
