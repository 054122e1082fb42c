"""rng.normal(loc=mu, scale=std) draws the same standard normals as rng.standard_normal; KL in the sigma form."""
import numpy as np


def reparameterize(mu, log_var, rng):
    mu = np.asarray(mu, dtype=float)
    log_var = np.asarray(log_var, dtype=float)
    if mu.shape != log_var.shape:
        raise ValueError("mu and log_var differ in shape")
    return rng.normal(loc=mu, scale=np.sqrt(np.exp(log_var)), size=mu.shape)


def gaussian_kl(mu, log_var):
    mu = np.asarray(mu, dtype=float)
    log_var = np.asarray(log_var, dtype=float)
    if mu.shape != log_var.shape:
        raise ValueError("mu and log_var differ in shape")
    var = np.exp(log_var)
    per_sample = 0.5 * np.sum(var + mu * mu - 1.0 - log_var, axis=1)
    return float(np.mean(per_sample))
