"""Takes the first k eigenpairs from np.linalg.eigh, which are the smallest (eigh sorts ascending).

Hint: 2
"""
import numpy as np


def pca(X, k):
    Xc = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(Xc.T @ Xc / (X.shape[0] - 1))
    comps = vectors[:, :k].T
    signs = np.sign(comps[np.arange(k), np.argmax(np.abs(comps), axis=1)])
    return comps * signs[:, None], values[:k]
