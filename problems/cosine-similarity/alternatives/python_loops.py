"""Two nested loops over the pairs, one dot product and two norms each."""
import numpy as np


def cosine_similarity(A, B, eps=1e-8):
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    if A.shape[1] != B.shape[1]:
        raise ValueError("A and B need the same number of columns")
    S = np.zeros((A.shape[0], B.shape[0]))
    for i in range(A.shape[0]):
        for j in range(B.shape[0]):
            S[i, j] = np.dot(A[i], B[j]) / max(np.linalg.norm(A[i]) * np.linalg.norm(B[j]), eps)
    return S
