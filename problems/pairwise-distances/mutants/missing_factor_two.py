"""Expands |a - b|^2 as |a|^2 + |b|^2 - a.b, forgetting the factor 2 on the cross term."""
import numpy as np


def pairwise_sq_dists(A, B):
    a2 = np.sum(A * A, axis=1)
    b2 = np.sum(B * B, axis=1)
    return np.maximum(a2[:, None] + b2[None, :] - A @ B.T, 0.0)
