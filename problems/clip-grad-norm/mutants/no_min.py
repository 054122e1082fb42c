"""Forgets min(1, ...): always rescales to max_norm, scaling small gradients UP.

Hint: 2
"""
import numpy as np


def clip_grad_norm(grads, max_norm):
    total = float(np.sqrt(sum(np.sum(g**2) for g in grads)))
    return [g * (max_norm / (total + 1e-6)) for g in grads], total
