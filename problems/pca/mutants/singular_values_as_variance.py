"""Uses the SVD but reports s / (n - 1) as the variance instead of s**2 / (n - 1)."""
import numpy as np


def pca(X, k):
    Xc = X - X.mean(axis=0)
    _, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    comps = Vt[:k]
    signs = np.sign(comps[np.arange(k), np.argmax(np.abs(comps), axis=1)])
    return comps * signs[:, None], s[:k] / (X.shape[0] - 1)
