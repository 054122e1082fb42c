"""Returns the plain Euclidean distance (takes a square root) instead of its square."""
import numpy as np


def pairwise_sq_dists(A, B):
    a2 = np.sum(A * A, axis=1)
    b2 = np.sum(B * B, axis=1)
    return np.sqrt(np.maximum(a2[:, None] + b2[None, :] - 2.0 * (A @ B.T), 0.0))
