"""Adds a fixed 1e-9 to the variances instead of 1e-9 times the largest feature variance of X.

Hint: 1
"""
import numpy as np


def gaussian_nb_fit(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    if X.shape[0] != y.shape[0]:
        raise ValueError("length mismatch")
    classes = np.unique(y)
    priors = np.array([np.mean(y == c) for c in classes])
    means = np.array([X[y == c].mean(axis=0) for c in classes])
    variances = np.array([X[y == c].var(axis=0) for c in classes]) + 1e-9
    return classes, priors, means, variances
