"""Squares A and B in place (A **= 2) to get the norms, destroying the caller's arrays."""
import numpy as np


def pairwise_sq_dists(A, B):
    cross = A @ B.T
    A **= 2
    B **= 2
    return np.maximum(A.sum(axis=1)[:, None] + B.sum(axis=1)[None, :] - 2.0 * cross, 0.0)
