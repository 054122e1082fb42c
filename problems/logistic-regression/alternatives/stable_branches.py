"""Loss as max(z, 0) - z y + log1p(exp(-|z|)), sigmoid from exp(-|z|) in two branches; returns numpy scalars."""
import numpy as np


def logistic_loss_and_grad(w, b, X, y):
    z = X.dot(w) + b
    e = np.exp(-np.abs(z))
    loss = np.mean(np.maximum(z, 0) - z * y + np.log1p(e))
    p = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    err = p - y
    return loss, err @ X / len(y), np.mean(err)
