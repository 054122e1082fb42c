"""Uses y - sigmoid(z) instead of sigmoid(z) - y: the gradient of the log-likelihood, not of the loss."""
import numpy as np


def logistic_loss_and_grad(w, b, X, y):
    z = X @ w + b
    loss = np.mean(np.logaddexp(0.0, z) - y * z)
    p = np.exp(-np.logaddexp(0.0, -z))
    r = (y - p) / len(y)
    return float(loss), X.T @ r, float(np.sum(r))
