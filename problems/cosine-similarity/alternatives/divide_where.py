"""np.divide with a where= mask: exact cosine where the norm product reaches eps, dot / eps elsewhere."""
import numpy as np


def cosine_similarity(A, B, eps=1e-8):
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    if A.shape[1] != B.shape[1]:
        raise ValueError("A and B need the same number of columns")
    prod = np.linalg.norm(A, axis=1, keepdims=True) * np.linalg.norm(B, axis=1, keepdims=True).T
    dots = A @ B.T
    return np.where(prod >= eps, dots / np.where(prod >= eps, prod, 1.0), dots / eps)
