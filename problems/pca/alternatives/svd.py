"""SVD of the centred data: components are the first k rows of Vt, variances s**2 / (n - 1); sign fixed with np.where."""
import numpy as np


def pca(X, k):
    Xc = X - X.mean(axis=0, keepdims=True)
    _, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    comps = Vt[:k]
    lead = np.take_along_axis(comps, np.abs(comps).argmax(axis=1)[:, None], axis=1)
    comps = np.where(lead < 0, -comps, comps)
    return comps, s[:k] ** 2 / (X.shape[0] - 1)
