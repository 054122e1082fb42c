"""Sets each new centroid to the sum of its points, forgetting to divide by the count."""
import numpy as np


def kmeans_step(X, centroids):
    dist = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=-1)
    labels = np.argmin(dist, axis=1)
    new = centroids.copy()
    for j in range(len(centroids)):
        if np.any(labels == j):
            new[j] = X[labels == j].sum(axis=0)
    return new, labels
