"""Writes the new means into the caller's centroids array and returns it.

Hint: 2
"""
import numpy as np


def kmeans_step(X, centroids):
    dist = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=-1)
    labels = np.argmin(dist, axis=1)
    for j in range(len(centroids)):
        if np.any(labels == j):
            centroids[j] = X[labels == j].mean(axis=0)
    return centroids, labels
