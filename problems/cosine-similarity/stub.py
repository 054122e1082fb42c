import numpy as np


def cosine_similarity(A, B, eps=1e-8):
    """Cosine similarity between every row of A and every row of B.

    A: array of shape (n, d); B: array of shape (m, d) (floats or integers).
    eps: lower bound on the product of the two norms.
    Returns a new float array S of shape (n, m) with
    S[i, j] = A[i] @ B[j] / max(||A[i]|| * ||B[j]||, eps).
    Raises ValueError when A and B have different numbers of columns.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    A = np.array([[1.0, 0.0], [1.0, 1.0]])
    B = np.array([[2.0, 0.0], [0.0, 3.0], [-1.0, -1.0]])
    print(cosine_similarity(A, B))
