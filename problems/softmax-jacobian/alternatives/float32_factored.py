"""float32 throughout, factored as p_i * (eye - p_j) with broadcasting."""
import numpy as np


def softmax_jacobian(logits):
    z = np.asarray(logits, dtype=np.float32)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    p = e / e.sum(axis=-1, keepdims=True)
    eye = np.eye(z.shape[-1], dtype=np.float32)
    return p[..., :, None] * (eye - p[..., None, :])
