"""Sorted cumulative counts, with the weighted child impurity written as 1 - (sum L_k^2 / |L| + sum R_k^2 / |R|) / n."""
import numpy as np


def best_split(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    if X.shape[0] != y.shape[0]:
        raise ValueError("X and y must have the same number of rows")
    n, d = X.shape
    _, codes = np.unique(y, return_inverse=True)
    codes = codes.reshape(-1)
    K = codes.max() + 1
    onehot = np.zeros((n, K))
    onehot[np.arange(n), codes] = 1.0
    total = onehot.sum(axis=0)
    parent = 1.0 - np.sum(total ** 2) / n ** 2
    candidates = []
    for f in range(d):
        order = np.argsort(X[:, f])
        xs = X[order, f]
        L = np.cumsum(onehot[order], axis=0)[:-1]
        R = total - L
        nl = np.arange(1, n)
        weighted = 1.0 - (np.sum(L ** 2, axis=1) / nl + np.sum(R ** 2, axis=1) / (n - nl)) / n
        for i in np.flatnonzero(xs[1:] != xs[:-1]):
            candidates.append((parent - weighted[i], f, (xs[i] + xs[i + 1]) / 2))
    if not candidates:
        return None, None, 0.0
    top = max(c[0] for c in candidates)
    gain, f, t = min((c for c in candidates if c[0] >= top - 1e-12), key=lambda c: (c[1], c[2]))
    return int(f), float(t), float(gain)
