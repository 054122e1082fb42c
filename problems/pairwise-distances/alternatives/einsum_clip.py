"""Norms with np.einsum and the clip written as np.clip(..., 0, None)."""
import numpy as np


def pairwise_sq_dists(A, B):
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    a2 = np.einsum("ij,ij->i", A, A)
    b2 = np.einsum("ij,ij->i", B, B)
    return np.clip(a2.reshape(-1, 1) + b2.reshape(1, -1) - 2 * np.dot(A, B.T), 0, None)
