"""Applies the hinge to the mean instead of to each triplet, so easy triplets cancel hard ones.

Hint: 2
"""
import numpy as np


def triplet_loss(anchor, positive, negative, margin=1.0):
    a = np.asarray(anchor, dtype=float)
    p = np.asarray(positive, dtype=float)
    n = np.asarray(negative, dtype=float)
    if a.ndim != 2 or p.shape != a.shape or n.shape != a.shape:
        raise ValueError("anchor, positive and negative must have one (N, D) shape")
    d_pos = np.linalg.norm(a - p, axis=1)
    d_neg = np.linalg.norm(a - n, axis=1)
    return float(max(0.0, np.mean(d_pos - d_neg + margin)))
