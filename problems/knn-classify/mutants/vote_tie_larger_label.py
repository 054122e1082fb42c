"""Breaks vote ties in favour of the larger label (argmax over the classes in descending order).

Hint: 3
"""
import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    dist = ((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(-1)
    nearest = np.argsort(dist, axis=1, kind="stable")[:, :k]
    votes = y_train[nearest]
    classes = np.unique(y_train)[::-1]
    counts = (votes[:, :, None] == classes).sum(axis=1)
    return classes[np.argmax(counts, axis=1)]
