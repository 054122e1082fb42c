"""Distances by the |x|^2 + |c|^2 - 2 x.c expansion; cluster sums as onehot.T @ X; np.where keeps empty clusters."""
import numpy as np


def kmeans_step(X, centroids):
    k = centroids.shape[0]
    dist = (X ** 2).sum(1)[:, None] + (centroids ** 2).sum(1)[None, :] - 2 * X @ centroids.T
    labels = dist.argmin(axis=1)
    onehot = (labels[:, None] == np.arange(k)[None, :]).astype(float)   # (n, k)
    counts = onehot.sum(axis=0)
    sums = onehot.T @ X
    means = sums / np.maximum(counts, 1)[:, None]
    return np.where(counts[:, None] > 0, means, centroids), labels
