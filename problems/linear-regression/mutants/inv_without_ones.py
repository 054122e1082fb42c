"""Solves w = inv(X^T X) X^T y without the ones column, then takes b as the mean residual.

Hint: 1
"""
import numpy as np


def fit_linear_regression(X, y):
    w = np.linalg.inv(X.T @ X) @ X.T @ y
    return w, float(np.mean(y - X @ w))
