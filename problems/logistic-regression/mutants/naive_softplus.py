"""Computes log(1 + e^z) - y z as np.log1p(np.exp(z)) - y z: exp overflows for large scores.

Hint: 1
"""
import numpy as np


def logistic_loss_and_grad(w, b, X, y):
    z = X @ w + b
    loss = np.mean(np.log1p(np.exp(z)) - y * z)
    p = 1.0 / (1.0 + np.exp(-z))
    r = (p - y) / len(y)
    return float(loss), X.T @ r, float(np.sum(r))
