import numpy as np


def cosine_similarity(A, B, eps=1e-8):
    """Cosine similarity between every row of A and every row of B.

    A: array of shape (n, d); B: array of shape (m, d) (floats or integers).
    eps: lower bound on the product of the two norms.
    Returns a new float array S of shape (n, m) with
    S[i, j] = A[i] @ B[j] / max(||A[i]|| * ||B[j]||, eps).
    Raises ValueError when A and B have different numbers of columns.
    """
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    if A.shape[1] != B.shape[1]:
        raise ValueError("A and B must have the same number of columns")
    norms_a = np.linalg.norm(A, axis=1)            # (n,)
    norms_b = np.linalg.norm(B, axis=1)            # (m,)
    denom = np.maximum(np.outer(norms_a, norms_b), eps)
    return (A @ B.T) / denom
