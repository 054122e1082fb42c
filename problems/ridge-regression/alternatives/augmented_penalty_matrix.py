"""Solve the (d + 1) normal equations of [X, 1] with alpha on the diagonal except the intercept's entry."""
import numpy as np


def fit_ridge(X, y, alpha):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if len(X) != len(y):
        raise ValueError("X and y must have the same number of rows")
    n, d = X.shape
    A = np.hstack([X, np.ones((n, 1))])
    penalty = np.diag(np.r_[np.full(d, float(alpha)), 0.0])
    coef = np.linalg.solve(A.T @ A + penalty, A.T @ y)
    return coef[:d], float(coef[d])
