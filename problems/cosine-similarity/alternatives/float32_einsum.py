"""float32 arithmetic, norms as sqrt of einsum sums of squares, broadcasting instead of np.outer."""
import numpy as np


def cosine_similarity(A, B, eps=1e-8):
    A = np.asarray(A, dtype=np.float32)
    B = np.asarray(B, dtype=np.float32)
    if A.shape[-1] != B.shape[-1]:
        raise ValueError("A and B need the same number of columns")
    na = np.sqrt(np.einsum("ij,ij->i", A, A))
    nb = np.sqrt(np.einsum("ij,ij->i", B, B))
    dots = np.einsum("ik,jk->ij", A, B)
    return dots / np.maximum(na[:, None] * nb[None, :], np.float32(eps))
