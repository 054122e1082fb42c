"""Orders equal distances by descending training index (lexsort on -index), so ties take the higher index.

Hint: 1
"""
import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    dist = ((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(-1)
    minus_index = -np.arange(len(X_train))
    nearest = np.array([np.lexsort((minus_index, row))[:k] for row in dist])
    votes = y_train[nearest]
    classes = np.unique(y_train)
    counts = (votes[:, :, None] == classes).sum(axis=1)
    return classes[np.argmax(counts, axis=1)]
