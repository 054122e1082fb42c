"""Shifts both sets by a common mean first (less cancellation), then builds the result in one buffer."""
import numpy as np


def pairwise_sq_dists(A, B):
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    centre = np.concatenate([A, B]).mean(axis=0)
    A = A - centre                       # distances do not change under a common shift
    B = B - centre
    D = A @ B.T
    D *= -2.0
    D += (A ** 2).sum(axis=1, keepdims=True)
    D += (B ** 2).sum(axis=1)
    np.maximum(D, 0.0, out=D)
    return D
