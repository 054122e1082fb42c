import numpy as np


def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B.

    A: float array of shape (n, d); B: float array of shape (m, d).
    Returns a float array D of shape (n, m) with D[i, j] = sum_k (A[i, k] - B[j, k]) ** 2,
    never negative.
    """
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    a2 = np.sum(A * A, axis=1)           # (n,) squared norms of the rows of A
    b2 = np.sum(B * B, axis=1)           # (m,) squared norms of the rows of B
    sq = a2[:, None] + b2[None, :] - 2.0 * (A @ B.T)
    return np.maximum(sq, 0.0)           # rounding can leave tiny negatives: clip them
