"""The centred normal equations solved in float32."""
import numpy as np


def fit_ridge(X, y, alpha):
    X = np.asarray(X, dtype=np.float32)
    y = np.asarray(y, dtype=np.float32)
    if X.shape[0] != y.shape[0]:
        raise ValueError("X and y must have the same number of rows")
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc, yc = X - x_mean, y - y_mean
    w = np.linalg.solve(Xc.T @ Xc + np.float32(alpha) * np.eye(X.shape[1], dtype=np.float32), Xc.T @ yc)
    return w, float(y_mean - x_mean @ w)
