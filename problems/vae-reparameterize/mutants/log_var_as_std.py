"""Uses log_var itself as the standard deviation (z = mu + log_var * eps).

Hint: 1
"""
import numpy as np


def _check(mu, log_var):
    mu, log_var = np.asarray(mu, dtype=float), np.asarray(log_var, dtype=float)
    if mu.shape != log_var.shape:
        raise ValueError("shape mismatch")
    return mu, log_var


def reparameterize(mu, log_var, rng):
    mu, log_var = _check(mu, log_var)
    return mu + log_var * rng.standard_normal(mu.shape)
