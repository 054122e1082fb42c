"""Computes the loss as -[y log(p) + (1 - y) log(1 - p)] with p = sigmoid(z): log(0) once p rounds to 0 or 1.

Hint: 1
"""
import numpy as np


def logistic_loss_and_grad(w, b, X, y):
    z = X @ w + b
    p = 1.0 / (1.0 + np.exp(-z))
    loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    r = (p - y) / len(y)
    return float(loss), X.T @ r, float(np.sum(r))
