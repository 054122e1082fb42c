"""Adds the scaled noise into the caller's mu array (mu += ...) and returns it."""
import numpy as np


def reparameterize(mu, log_var, rng):
    if mu.shape != log_var.shape:
        raise ValueError("shape mismatch")
    mu += np.exp(0.5 * log_var) * rng.standard_normal(mu.shape)
    return mu
