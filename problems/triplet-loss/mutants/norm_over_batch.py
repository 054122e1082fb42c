"""Takes the norm along axis 0 (down each column, over the batch) instead of along each row.

Hint: 1
"""
import numpy as np


def triplet_loss(anchor, positive, negative, margin=1.0):
    a = np.asarray(anchor, dtype=float)
    p = np.asarray(positive, dtype=float)
    n = np.asarray(negative, dtype=float)
    if a.ndim != 2 or p.shape != a.shape or n.shape != a.shape:
        raise ValueError("anchor, positive and negative must have one (N, D) shape")
    d_pos = np.linalg.norm(a - p, axis=0)
    d_neg = np.linalg.norm(a - n, axis=0)
    return float(np.mean(np.maximum(0.0, d_pos - d_neg + margin)))
