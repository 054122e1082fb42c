"""Centres the caller's X and y in place (X -= X.mean(axis=0)), overwriting the inputs.

Hint: 1
"""
import numpy as np


def fit_ridge(X, y, alpha):
    if X.shape[0] != y.shape[0]:
        raise ValueError("length mismatch")
    x_mean, y_mean = X.mean(axis=0), y.mean()
    X -= x_mean
    y -= y_mean
    w = np.linalg.solve(X.T @ X + alpha * np.eye(X.shape[1]), X.T @ y)
    return w, float(y_mean - x_mean @ w)
