import numpy as np


def logistic_loss_and_grad(w, b, X, y):
    """Mean binary cross-entropy of logistic regression and its gradient.

    w: float array of shape (d,); b: float; X: float array of shape (n, d); y: array of shape (n,) of 0s and 1s.
    Returns (loss, dw, db): loss a float, mean over examples of
    -[y log sigmoid(z) + (1 - y) log(1 - sigmoid(z))] with z = X @ w + b;
    dw the gradient with respect to w, shape (d,); db the gradient with respect to b, a float.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    z = X @ np.asarray(w, dtype=float) + b
    loss = np.mean(np.logaddexp(0.0, z) - y * z)     # log(1 + e^z) - y z, never overflows
    p = np.exp(-np.logaddexp(0.0, -z))               # sigmoid(z) = 1 / (1 + e^-z), stable
    r = (p - y) / len(y)                             # dloss/dz for each example
    return float(loss), X.T @ r, float(np.sum(r))
