import numpy as np


def fit_linear_regression(X, y):
    """Ordinary least squares with an intercept.

    X: float array of shape (n, d), one example per row; y: float array of shape (n,).
    Returns (w, b): w a float array of shape (d,), b a float, minimising sum_i (X[i] @ w + b - y[i]) ** 2.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    X = np.array([[0.0], [1.0], [2.0], [3.0]])
    y = np.array([1.0, 3.0, 5.0, 7.0])
    print(fit_linear_regression(X, y))
