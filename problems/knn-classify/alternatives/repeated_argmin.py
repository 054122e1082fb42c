"""Picks the k nearest by k rounds of argmin (first minimum = lowest index), masking each pick with inf; ties by sorted counts."""
import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    out = np.empty(len(X_test), dtype=y_train.dtype)
    for t, x in enumerate(X_test):
        d = ((X_train - x) ** 2).sum(axis=1)
        picked = []
        for _ in range(k):
            j = int(np.argmin(d))
            picked.append(j)
            d[j] = np.inf
        labels, counts = np.unique(y_train[picked], return_counts=True)
        out[t] = labels[np.argmax(counts)]
    return out
