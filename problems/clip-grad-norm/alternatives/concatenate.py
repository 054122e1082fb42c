"""Flattens everything into one vector, uses np.linalg.norm, and returns a tuple of arrays."""
import numpy as np


def clip_grad_norm(grads, max_norm):
    flat = np.concatenate([np.ravel(g) for g in grads])
    total = np.linalg.norm(flat)
    scale = np.minimum(1.0, max_norm / (total + 1e-6))
    return tuple(np.multiply(g, scale) for g in grads), total
