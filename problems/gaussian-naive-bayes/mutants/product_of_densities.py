"""Multiplies the densities in probability space, which underflow to 0 for points far from every class.

Hint: 2
"""
import numpy as np


def gaussian_nb_predict(X, classes, priors, means, variances):
    X = np.asarray(X, dtype=float)
    priors, means, variances = (np.asarray(a, dtype=float) for a in (priors, means, variances))
    diff = X[:, None, :] - means[None, :, :]
    dens = np.exp(-diff ** 2 / (2 * variances)) / np.sqrt(2 * np.pi * variances)
    posterior = priors * dens.prod(axis=2)
    return np.asarray(classes)[np.argmax(posterior, axis=1)]
