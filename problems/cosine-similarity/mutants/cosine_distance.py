"""Returns the cosine distance 1 - cos (as scipy's distance.cosine does) instead of the similarity."""
import numpy as np


def cosine_similarity(A, B, eps=1e-8):
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    if A.shape[1] != B.shape[1]:
        raise ValueError("column mismatch")
    denom = np.maximum(np.outer(np.linalg.norm(A, axis=1), np.linalg.norm(B, axis=1)), eps)
    return 1.0 - (A @ B.T) / denom
