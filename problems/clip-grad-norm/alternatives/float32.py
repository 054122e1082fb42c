"""Computes in float32 and returns float32 arrays and a float32 norm."""
import numpy as np


def clip_grad_norm(grads, max_norm):
    arrays = [g.astype(np.float32) for g in grads]
    total = np.sqrt(sum(np.sum(a * a, dtype=np.float32) for a in arrays))
    scale = min(np.float32(1.0), np.float32(max_norm) / (total + np.float32(1e-6)))
    return [a * scale for a in arrays], total
