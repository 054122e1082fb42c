"""Finds the nearest centroid with a loop that updates on <=, so a tie goes to the last (highest) index.

Hint: 1
"""
import numpy as np


def kmeans_step(X, centroids):
    labels = np.zeros(len(X), dtype=int)
    for i, x in enumerate(X):
        best = np.inf
        for j, c in enumerate(centroids):
            d = np.sum((x - c) ** 2)
            if d <= best:
                best, labels[i] = d, j
    new = centroids.copy()
    for j in range(len(centroids)):
        if np.any(labels == j):
            new[j] = X[labels == j].mean(axis=0)
    return new, labels
