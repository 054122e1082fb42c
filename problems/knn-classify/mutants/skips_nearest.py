"""Takes neighbours 1..k of the sort, skipping the nearest one (leave-one-out code reused on new points).

Hint: 1
"""
import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    dist = ((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(-1)
    nearest = np.argsort(dist, axis=1, kind="stable")[:, 1:k + 1]
    votes = y_train[nearest]
    classes = np.unique(y_train)
    counts = (votes[:, :, None] == classes).sum(axis=1)
    return classes[np.argmax(counts, axis=1)]
