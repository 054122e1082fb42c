"""Returns labels recomputed against the new centroids instead of the assignment the update used."""
import numpy as np


def _nearest(X, C):
    return np.argmin(((X[:, None, :] - C[None, :, :]) ** 2).sum(axis=-1), axis=1)


def kmeans_step(X, centroids):
    labels = _nearest(X, centroids)
    new = centroids.copy()
    for j in range(len(centroids)):
        if np.any(labels == j):
            new[j] = X[labels == j].mean(axis=0)
    return new, _nearest(X, new)
