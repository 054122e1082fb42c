"""Drops the + 1e-6: min(1, max_norm / total_norm) (only visible for norms around 1e-6).

Hint: 2
"""
import numpy as np


def clip_grad_norm(grads, max_norm):
    total = np.sqrt(sum(np.sum(g**2) for g in grads))
    scale = min(1.0, max_norm / total)
    return [g * scale for g in grads], float(total)
