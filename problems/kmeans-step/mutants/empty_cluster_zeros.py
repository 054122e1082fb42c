"""Starts the new centroids from zeros, so an empty cluster's centroid jumps to the origin.

Hint: 2
"""
import numpy as np


def kmeans_step(X, centroids):
    dist = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=-1)
    labels = np.argmin(dist, axis=1)
    new = np.zeros_like(centroids)
    for j in range(len(centroids)):
        if np.any(labels == j):
            new[j] = X[labels == j].mean(axis=0)
    return new, labels
