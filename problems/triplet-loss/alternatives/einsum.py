"""Squared distances with einsum, square-rooted, and the hinge written with np.where."""
import numpy as np


def triplet_loss(anchor, positive, negative, margin=1.0):
    a, p, n = (np.asarray(x, dtype=float) for x in (anchor, positive, negative))
    if a.shape != p.shape or a.shape != n.shape or a.ndim != 2:
        raise ValueError("anchor, positive and negative must have one (N, D) shape")
    dp, dn = a - p, a - n
    x = np.sqrt(np.einsum("ij,ij->i", dp, dp)) - np.sqrt(np.einsum("ij,ij->i", dn, dn)) + margin
    return float(np.where(x > 0, x, 0.0).mean())
