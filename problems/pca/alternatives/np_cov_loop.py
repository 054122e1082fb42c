"""np.cov(rowvar=False) and eigh, sorted with argsort(-values), signs fixed in a Python loop; returns a list."""
import numpy as np


def pca(X, k):
    values, vectors = np.linalg.eigh(np.cov(X, rowvar=False))
    idx = np.argsort(-values)[:k]
    comps = []
    for j in idx:
        v = vectors[:, j].copy()
        if v[np.argmax(np.abs(v))] < 0:
            v = -v
        comps.append(v)
    return [np.array(comps), values[idx]]
