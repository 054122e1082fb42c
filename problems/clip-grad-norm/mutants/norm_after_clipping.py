"""Returns the norm of the clipped gradients instead of the norm before clipping."""
import numpy as np


def clip_grad_norm(grads, max_norm):
    total = float(np.sqrt(sum(np.sum(g**2) for g in grads)))
    clipped = [g * min(1.0, max_norm / (total + 1e-6)) for g in grads]
    return clipped, float(np.sqrt(sum(np.sum(c**2) for c in clipped)))
