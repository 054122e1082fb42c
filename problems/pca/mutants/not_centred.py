"""Skips centring: eigenvectors of X^T X / (n - 1), which the feature means dominate.

Hint: 1
"""
import numpy as np


def pca(X, k):
    values, vectors = np.linalg.eigh(X.T @ X / (X.shape[0] - 1))
    order = np.argsort(values)[::-1][:k]
    comps = vectors[:, order].T
    signs = np.sign(comps[np.arange(k), np.argmax(np.abs(comps), axis=1)])
    return comps * signs[:, None], values[order]
