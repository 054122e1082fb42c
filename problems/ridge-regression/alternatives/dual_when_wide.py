"""Centre, then the n x n kernel form X^T (X X^T + alpha I)^-1 y when n < d, the d x d form otherwise."""
import numpy as np


def fit_ridge(X, y, alpha):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.shape[0] != y.shape[0]:
        raise ValueError("X and y must have the same number of rows")
    n, d = X.shape
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc, yc = X - x_mean, y - y_mean
    if n < d:
        w = Xc.T @ np.linalg.solve(Xc @ Xc.T + alpha * np.eye(n), yc)
    else:
        w = np.linalg.inv(Xc.T @ Xc + alpha * np.eye(d)) @ (Xc.T @ yc)
    return w, float(y_mean - x_mean.dot(w))
