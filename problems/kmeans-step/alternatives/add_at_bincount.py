"""Sums with np.add.at and counts with np.bincount; boolean mask for non-empty clusters."""
import numpy as np


def kmeans_step(X, centroids):
    k, d = centroids.shape
    diff = X[:, np.newaxis] - centroids
    labels = np.argmin(np.sum(diff ** 2, axis=2), axis=1)
    sums = np.zeros((k, d))
    np.add.at(sums, labels, X)
    counts = np.bincount(labels, minlength=k)
    new = np.array(centroids, dtype=float)
    filled = counts > 0
    new[filled] = sums[filled] / counts[filled, None]
    return new, labels
