import numpy as np


def fit_ridge(X, y, alpha):
    """Ridge regression with an unpenalised intercept.

    X: array of shape (n, d); y: array of shape (n,); alpha: float >= 0.
    Returns (w, b): w a float array of shape (d,), b a float, minimising
    ||X @ w + b - y||^2 + alpha * ||w||^2.
    Raises ValueError when X and y have different numbers of rows.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    X = np.array([[0.0], [1.0], [2.0], [3.0]])
    y = np.array([1.0, 3.0, 5.0, 7.0])
    print(fit_ridge(X, y, alpha=5.0))
