"""Sums over the batch as well, instead of averaging the per-sample KLs over axis 0.

Hint: 3
"""
import numpy as np


def _check(mu, log_var):
    mu, log_var = np.asarray(mu, dtype=float), np.asarray(log_var, dtype=float)
    if mu.shape != log_var.shape:
        raise ValueError("shape mismatch")
    return mu, log_var


def gaussian_kl(mu, log_var):
    mu, log_var = _check(mu, log_var)
    return float(np.sum(-0.5 * (1 + log_var - mu**2 - np.exp(log_var))))
