"""Divides the caller's A and B by their row norms in place (A /= ...), overwriting the inputs."""
import numpy as np


def cosine_similarity(A, B, eps=1e-8):
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    if A.shape[1] != B.shape[1]:
        raise ValueError("column mismatch")
    na = np.linalg.norm(A, axis=1)
    nb = np.linalg.norm(B, axis=1)
    A /= np.where(na > 0, na, 1.0)[:, None]
    B /= np.where(nb > 0, nb, 1.0)[:, None]
    return (A @ B.T) * np.outer(na, nb) / np.maximum(np.outer(na, nb), eps)
