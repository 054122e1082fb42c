"""Every midpoint of every feature, with both sides' Gini counted from scratch by boolean masks."""
import numpy as np


def _gini(labels):
    if len(labels) == 0:
        return 0.0
    _, counts = np.unique(labels, return_counts=True)
    p = counts / len(labels)
    return 1.0 - float(np.dot(p, p))


def best_split(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    if len(X) != len(y):
        raise ValueError("X and y must have the same number of rows")
    n, d = X.shape
    parent = _gini(y)
    best_f, best_t, best_g = None, None, None
    for f in range(d):
        values = np.unique(X[:, f])                 # sorted distinct values
        for t in (values[:-1] + values[1:]) / 2:
            go_left = X[:, f] <= t
            weighted = (go_left.sum() * _gini(y[go_left]) + (~go_left).sum() * _gini(y[~go_left])) / n
            g = parent - weighted
            if best_g is None or g > best_g + 1e-12:
                best_f, best_t, best_g = f, float(t), float(g)
    if best_f is None:
        return None, None, 0.0
    return best_f, best_t, best_g
