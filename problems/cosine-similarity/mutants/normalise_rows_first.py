"""Divides every row by its own norm first, so a zero row becomes 0 / 0 = nan.

Hint: 2
"""
import numpy as np


def cosine_similarity(A, B, eps=1e-8):
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    if A.shape[1] != B.shape[1]:
        raise ValueError("column mismatch")
    A_hat = A / np.linalg.norm(A, axis=1, keepdims=True)
    B_hat = B / np.linalg.norm(B, axis=1, keepdims=True)
    return A_hat @ B_hat.T
