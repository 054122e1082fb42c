"""Divides the squared distance by the standard deviation instead of by the variance.

Hint: 2
"""
import numpy as np


def gaussian_nb_predict(X, classes, priors, means, variances):
    X = np.asarray(X, dtype=float)
    priors, means, variances = (np.asarray(a, dtype=float) for a in (priors, means, variances))
    diff = X[:, None, :] - means[None, :, :]
    scores = np.log(priors) - 0.5 * (np.log(2 * np.pi * variances).sum(axis=1) + (diff ** 2 / np.sqrt(variances)).sum(axis=2))
    return np.asarray(classes)[np.argmax(scores, axis=1)]
