"""Loops over the features (columns), one 1-D normalisation at a time."""
import numpy as np


def batch_norm_train(x, gamma, beta, eps=1e-5):
    n, d = x.shape
    out, mean, var = np.empty((n, d)), np.empty(d), np.empty(d)
    for j in range(d):
        col = x[:, j]
        mean[j] = col.sum() / n
        var[j] = ((col - mean[j]) ** 2).sum() / n
        out[:, j] = gamma[j] * (col - mean[j]) / (var[j] + eps) ** 0.5 + beta[j]
    return out, mean, var


def batch_norm_backward(dout, x, gamma, eps=1e-5):
    n, d = x.shape
    dx, dgamma, dbeta = np.empty((n, d)), np.empty(d), np.empty(d)
    for j in range(d):
        col = x[:, j] - x[:, j].mean()
        s = (np.mean(col ** 2) + eps) ** 0.5
        xhat = col / s
        g = dout[:, j] * gamma[j]
        dx[:, j] = (g - g.mean() - xhat * np.mean(g * xhat)) / s
        dgamma[j] = np.dot(dout[:, j], xhat)
        dbeta[j] = dout[:, j].sum()
    return dx, dgamma, dbeta
