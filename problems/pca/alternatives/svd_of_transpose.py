"""SVD of the centred data's transpose (d, n): the left singular vectors U are the components."""
import numpy as np


def pca(X, k):
    n = X.shape[0]
    Xt = (X - X.mean(axis=0)).T
    U, s, _ = np.linalg.svd(Xt, full_matrices=False)
    comps = U[:, :k].T.copy()
    for j in range(k):
        i = np.argmax(abs(comps[j]))
        comps[j] *= 1.0 if comps[j, i] > 0 else -1.0
    return comps, (s[:k] * s[:k]) / (n - 1)
