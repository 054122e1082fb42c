"""Fits no intercept at all: solves (X^T X + alpha I) w = X^T y on the raw data and returns b = 0.

Hint: 1
"""
import numpy as np


def fit_ridge(X, y, alpha):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.shape[0] != y.shape[0]:
        raise ValueError("length mismatch")
    w = np.linalg.solve(X.T @ X + alpha * np.eye(X.shape[1]), X.T @ y)
    return w, 0.0
