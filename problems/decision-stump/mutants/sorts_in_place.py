"""Sorts the caller's X column by column in place, so X is scrambled after the call."""
import numpy as np


def best_split(X, y):
    y = np.asarray(y)
    if X.shape[0] != y.shape[0]:
        raise ValueError("length mismatch")
    n, d = X.shape
    labels = np.unique(y)
    onehot = (y[:, None] == labels[None, :]).astype(float)
    total = onehot.sum(axis=0)
    parent = 1.0 - np.sum((total / n) ** 2)
    sl = np.arange(1, n, dtype=float)
    sr = n - sl
    best, best_gain = (None, None, 0.0), -np.inf
    for j in range(d):
        order = np.argsort(X[:, j], kind="stable")
        col = X[:, j]
        col.sort()                      # a view: sorts the caller's column
        left = np.cumsum(onehot[order], axis=0)[:-1]
        right = total - left
        gains = parent - (sl * (1 - np.sum((left / sl[:, None]) ** 2, axis=1)) + sr * (1 - np.sum((right / sr[:, None]) ** 2, axis=1))) / n
        for i in range(n - 1):
            if col[i + 1] > col[i] and gains[i] > best_gain + 1e-12:
                best, best_gain = (j, float((col[i] + col[i + 1]) / 2), float(gains[i])), gains[i]
    return best
