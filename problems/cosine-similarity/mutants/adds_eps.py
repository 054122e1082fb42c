"""Adds eps to the product of the norms instead of clamping it, so every cosine is slightly shrunk.

Hint: 2
"""
import numpy as np


def cosine_similarity(A, B, eps=1e-8):
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    if A.shape[1] != B.shape[1]:
        raise ValueError("column mismatch")
    denom = np.outer(np.linalg.norm(A, axis=1), np.linalg.norm(B, axis=1)) + eps
    return (A @ B.T) / denom
