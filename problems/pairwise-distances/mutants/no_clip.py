"""Uses |a|^2 + |b|^2 - 2 a.b without clipping, so cancellation leaves tiny negative distances."""
import numpy as np


def pairwise_sq_dists(A, B):
    a2 = np.sum(A * A, axis=1)
    b2 = np.sum(B * B, axis=1)
    return a2[:, None] + b2[None, :] - 2.0 * (A @ B.T)
