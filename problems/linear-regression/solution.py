import numpy as np


def fit_linear_regression(X, y):
    """Ordinary least squares with an intercept.

    X: float array of shape (n, d), one example per row; y: float array of shape (n,).
    Returns (w, b): w a float array of shape (d,), b a float, minimising sum_i (X[i] @ w + b - y[i]) ** 2.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    design = np.hstack([X, np.ones((X.shape[0], 1))])    # a column of ones carries the intercept
    coef, *_ = np.linalg.lstsq(design, y, rcond=None)
    return coef[:-1], float(coef[-1])
