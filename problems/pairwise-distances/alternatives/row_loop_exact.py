"""A loop over the rows of A, each row's distances from exact differences (never negative by construction)."""
import numpy as np


def pairwise_sq_dists(A, B):
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    D = np.empty((A.shape[0], B.shape[0]))
    for i, a in enumerate(A):
        diff = B - a
        D[i] = np.einsum("ij,ij->i", diff, diff)
    return D
