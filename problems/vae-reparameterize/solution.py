import numpy as np


def _check_shapes(mu, log_var):
    mu = np.asarray(mu, dtype=float)
    log_var = np.asarray(log_var, dtype=float)
    if mu.shape != log_var.shape:
        raise ValueError(f"mu and log_var must have the same shape, got {mu.shape} and {log_var.shape}")
    return mu, log_var


def reparameterize(mu, log_var, rng):
    """Sample z ~ N(mu, exp(log_var)) as a differentiable function of mu and log_var.

    mu, log_var: float arrays (B, D) of the same shape (else ValueError). rng: np.random.Generator.
    Draws eps = rng.standard_normal(mu.shape) exactly once; returns mu + exp(0.5 * log_var) * eps.
    """
    mu, log_var = _check_shapes(mu, log_var)
    eps = rng.standard_normal(mu.shape)
    return mu + np.exp(0.5 * log_var) * eps  # std = exp(log_var / 2)


def gaussian_kl(mu, log_var):
    """KL( N(mu, exp(log_var)) || N(0, I) ), summed over the last axis, averaged over the batch.

    mu, log_var: float arrays (B, D) of the same shape (else ValueError). Returns a float:
    mean over axis 0 of sum over the last axis of -0.5 * (1 + log_var - mu**2 - exp(log_var)).
    """
    mu, log_var = _check_shapes(mu, log_var)
    per_dim = -0.5 * (1.0 + log_var - mu**2 - np.exp(log_var))
    return float(per_dim.sum(axis=-1).mean())  # one KL per sample, averaged over the batch
