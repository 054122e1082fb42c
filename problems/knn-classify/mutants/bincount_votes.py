"""Counts votes with np.bincount, which assumes labels are 0..C-1 and fails for negative labels.

Hint: 2
"""
import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    dist = ((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(-1)
    nearest = np.argsort(dist, axis=1, kind="stable")[:, :k]
    out = []
    for row in nearest:
        counts = np.bincount(y_train[row])
        out.append(counts.argmax())
    return np.array(out)
