"""Draws one noise vector of shape (D,) and shares it across every row of the batch.

Hint: 2
"""
import numpy as np


def _check(mu, log_var):
    mu, log_var = np.asarray(mu, dtype=float), np.asarray(log_var, dtype=float)
    if mu.shape != log_var.shape:
        raise ValueError("shape mismatch")
    return mu, log_var


def reparameterize(mu, log_var, rng):
    mu, log_var = _check(mu, log_var)
    return mu + np.exp(0.5 * log_var) * rng.standard_normal(mu.shape[-1])
