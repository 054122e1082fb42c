"""Appends a column of ones for the intercept and adds alpha to the whole diagonal, so b is penalised too.

Hint: 1
"""
import numpy as np


def fit_ridge(X, y, alpha):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.shape[0] != y.shape[0]:
        raise ValueError("length mismatch")
    A = np.hstack([X, np.ones((X.shape[0], 1))])
    coef = np.linalg.solve(A.T @ A + alpha * np.eye(A.shape[1]), A.T @ y)
    return coef[:-1], float(coef[-1])
