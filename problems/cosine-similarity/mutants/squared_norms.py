"""Divides by the product of the squared norms instead of the norms."""
import numpy as np


def cosine_similarity(A, B, eps=1e-8):
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    if A.shape[1] != B.shape[1]:
        raise ValueError("column mismatch")
    na = np.sum(A * A, axis=1)
    nb = np.sum(B * B, axis=1)
    return (A @ B.T) / np.maximum(np.outer(na, nb), eps)
