"""Clips p = sigmoid(z) to [1e-12, 1 - 1e-12] before the logs: finite, but about 27.6 instead of 1e4.

Hint: 1
"""
import numpy as np


def logistic_loss_and_grad(w, b, X, y):
    z = X @ w + b
    p = 1.0 / (1.0 + np.exp(-z))
    q = np.clip(p, 1e-12, 1 - 1e-12)
    loss = -np.mean(y * np.log(q) + (1 - y) * np.log(1 - q))
    r = (p - y) / len(y)
    return float(loss), X.T @ r, float(np.sum(r))
