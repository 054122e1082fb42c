"""Divides only by the norms of A's rows, so the result still depends on the lengths of B's rows.

Hint: 2
"""
import numpy as np


def cosine_similarity(A, B, eps=1e-8):
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    if A.shape[1] != B.shape[1]:
        raise ValueError("column mismatch")
    na = np.linalg.norm(A, axis=1)
    return (A @ B.T) / np.maximum(na[:, None], eps)
