"""Takes argmax of the negated distances over the centroids in reverse order, so ties go to the highest index.

Hint: 1
"""
import numpy as np


def kmeans_step(X, centroids):
    k = len(centroids)
    dist = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=-1)
    labels = k - 1 - np.argmax(-dist[:, ::-1], axis=1)
    new = centroids.copy()
    for j in range(k):
        if np.any(labels == j):
            new[j] = X[labels == j].mean(axis=0)
    return new, labels
