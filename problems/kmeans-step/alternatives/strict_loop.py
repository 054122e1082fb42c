"""Python loops over points and centroids, replacing the best only on a strictly smaller distance."""
import numpy as np


def kmeans_step(X, centroids):
    n, k = len(X), len(centroids)
    labels = np.empty(n, dtype=np.int32)
    for i in range(n):
        best_j, best_d = 0, float(np.sum((X[i] - centroids[0]) ** 2))
        for j in range(1, k):
            d = float(np.sum((X[i] - centroids[j]) ** 2))
            if d < best_d:
                best_j, best_d = j, d
        labels[i] = best_j
    new = [X[labels == j].mean(axis=0) if np.any(labels == j) else centroids[j].copy() for j in range(k)]
    return np.array(new), labels
