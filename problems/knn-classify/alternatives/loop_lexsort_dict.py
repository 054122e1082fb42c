"""Loops over test points; orders by (distance, index) with np.lexsort; counts votes in a dict; sqrt (plain) distances."""
import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    idx = np.arange(len(X_train))
    preds = []
    for x in X_test:
        d = np.sqrt(((X_train - x) ** 2).sum(axis=1))
        order = np.lexsort((idx, d))[:k]
        counts = {}
        for label in y_train[order]:
            counts[label] = counts.get(label, 0) + 1
        top = max(counts.values())
        preds.append(min(label for label, c in counts.items() if c == top))
    return np.array(preds)
