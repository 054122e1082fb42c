"""Fits y ~ X @ w with no intercept at all and returns b = 0.

Hint: 1
"""
import numpy as np


def fit_linear_regression(X, y):
    w, *_ = np.linalg.lstsq(X, y, rcond=None)
    return w, 0.0
