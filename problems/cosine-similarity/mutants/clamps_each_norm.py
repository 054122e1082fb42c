"""Clamps each norm separately, max(||a||, eps) * max(||b||, eps), instead of their product.

Hint: 2
"""
import numpy as np


def cosine_similarity(A, B, eps=1e-8):
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    if A.shape[1] != B.shape[1]:
        raise ValueError("column mismatch")
    na = np.maximum(np.linalg.norm(A, axis=1), eps)
    nb = np.maximum(np.linalg.norm(B, axis=1), eps)
    return (A @ B.T) / np.outer(na, nb)
