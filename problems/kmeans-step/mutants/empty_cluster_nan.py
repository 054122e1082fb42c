"""Averages every cluster unconditionally: an empty cluster's mean is nan.

Hint: 2
"""
import numpy as np


def kmeans_step(X, centroids):
    dist = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=-1)
    labels = np.argmin(dist, axis=1)
    new = np.array([X[labels == j].mean(axis=0) for j in range(len(centroids))])
    return new, labels
