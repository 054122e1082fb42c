"""Centres X and y, fits w by lstsq on the centred data, recovers b = mean(y) - mean(X) @ w; returns a list."""
import numpy as np


def fit_linear_regression(X, y):
    x_mean = X.mean(axis=0)
    y_mean = y.mean()
    w = np.linalg.lstsq(X - x_mean, y - y_mean, rcond=None)[0]
    return [w, y_mean - x_mean.dot(w)]
