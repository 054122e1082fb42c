"""Takes the root-mean-square of all entries (divides by their count) instead of the L2 norm.

Hint: 1
"""
import numpy as np


def clip_grad_norm(grads, max_norm):
    flat = np.concatenate([np.ravel(g) for g in grads])
    total = float(np.sqrt(np.mean(flat**2)))
    scale = min(1.0, max_norm / (total + 1e-6))
    return [g * scale for g in grads], total
