import numpy as np


def logistic_loss_and_grad(w, b, X, y):
    """Mean binary cross-entropy of logistic regression and its gradient.

    w: float array of shape (d,); b: float; X: float array of shape (n, d); y: array of shape (n,) of 0s and 1s.
    Returns (loss, dw, db): loss a float, mean over examples of
    -[y log sigmoid(z) + (1 - y) log(1 - sigmoid(z))] with z = X @ w + b;
    dw the gradient with respect to w, shape (d,); db the gradient with respect to b, a float.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    X = np.array([[1.0, 2.0], [3.0, -1.0]])
    y = np.array([1.0, 0.0])
    print(logistic_loss_and_grad(np.zeros(2), 0.0, X, y))
