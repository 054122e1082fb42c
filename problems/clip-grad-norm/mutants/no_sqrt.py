"""Uses the sum of squares as the norm, forgetting the square root.

Hint: 1
"""
import numpy as np


def clip_grad_norm(grads, max_norm):
    total = float(sum(np.sum(g**2) for g in grads))
    scale = min(1.0, max_norm / (total + 1e-6))
    return [g * scale for g in grads], total
