import numpy as np


def fit_ridge(X, y, alpha):
    """Ridge regression with an unpenalised intercept.

    X: array of shape (n, d); y: array of shape (n,); alpha: float >= 0.
    Returns (w, b): w a float array of shape (d,), b a float, minimising
    ||X @ w + b - y||^2 + alpha * ||w||^2.
    Raises ValueError when X and y have different numbers of rows.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.shape[0] != y.shape[0]:
        raise ValueError("X and y must have the same number of rows")
    x_mean = X.mean(axis=0)
    y_mean = y.mean()
    Xc = X - x_mean                      # centring removes the intercept from the problem
    yc = y - y_mean
    gram = Xc.T @ Xc + alpha * np.eye(X.shape[1])
    w = np.linalg.solve(gram, Xc.T @ yc)
    b = y_mean - x_mean @ w
    return w, float(b)
