"""Returns the caller's own arrays when no clipping is needed, instead of new ones.

Hint: 2
"""
import numpy as np


def clip_grad_norm(grads, max_norm):
    total = float(np.sqrt(sum(np.sum(g**2) for g in grads)))
    scale = min(1.0, max_norm / (total + 1e-6))
    if scale == 1.0:
        return list(grads), total
    return [g * scale for g in grads], total
