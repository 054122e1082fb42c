"""Adds up the per-array norms instead of taking the norm of all entries together.

Hint: 1
"""
import numpy as np


def clip_grad_norm(grads, max_norm):
    total = float(sum(np.linalg.norm(g) for g in grads))
    scale = min(1.0, max_norm / (total + 1e-6))
    return [g * scale for g in grads], total
