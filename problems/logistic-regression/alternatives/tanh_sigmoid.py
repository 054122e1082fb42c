"""Loss with np.logaddexp, sigmoid as (1 + tanh(z / 2)) / 2, which never overflows; returns a list."""
import numpy as np


def logistic_loss_and_grad(w, b, X, y):
    z = X @ w + b
    loss = np.logaddexp(0, z).mean() - (y * z).mean()
    p = 0.5 * (1.0 + np.tanh(0.5 * z))
    g = (p - y) / X.shape[0]
    return [loss, X.T @ g, g.sum()]
