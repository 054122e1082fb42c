"""Drops the -1/2 log(2 pi variance) normaliser, keeping only the squared distances over the variances.

Hint: 2
"""
import numpy as np


def gaussian_nb_predict(X, classes, priors, means, variances):
    X = np.asarray(X, dtype=float)
    priors, means, variances = (np.asarray(a, dtype=float) for a in (priors, means, variances))
    diff = X[:, None, :] - means[None, :, :]
    scores = np.log(priors) - 0.5 * (diff ** 2 / variances).sum(axis=2)
    return np.asarray(classes)[np.argmax(scores, axis=1)]
