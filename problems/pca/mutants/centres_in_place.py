"""Centres X in place (X -= X.mean(0)), changing the caller's data.

Hint: 1
"""
import numpy as np


def pca(X, k):
    X -= X.mean(axis=0)
    values, vectors = np.linalg.eigh(X.T @ X / (X.shape[0] - 1))
    order = np.argsort(values)[::-1][:k]
    comps = vectors[:, order].T
    signs = np.sign(comps[np.arange(k), np.argmax(np.abs(comps), axis=1)])
    return comps * signs[:, None], values[order]
