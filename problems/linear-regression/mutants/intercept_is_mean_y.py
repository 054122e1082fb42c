"""Fits w on centred data correctly but sets b = mean(y), forgetting to subtract mean(X) @ w."""
import numpy as np


def fit_linear_regression(X, y):
    Xc = X - X.mean(axis=0)
    w, *_ = np.linalg.lstsq(Xc, y - y.mean(), rcond=None)
    return w, float(y.mean())
