import numpy as np


def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B.

    A: float array of shape (n, d); B: float array of shape (m, d).
    Returns a float array D of shape (n, m) with D[i, j] = sum_k (A[i, k] - B[j, k]) ** 2,
    never negative.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    A = np.array([[0.0, 0.0], [1.0, 1.0], [3.0, 4.0]])
    B = np.array([[0.0, 0.0], [1.0, 0.0]])
    print(pairwise_sq_dists(A, B))
