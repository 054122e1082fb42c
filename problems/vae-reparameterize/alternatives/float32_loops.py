"""float32 arithmetic, the noise drawn as rng.standard_normal(shape) then cast, and the KL accumulated row by row."""
import numpy as np


def reparameterize(mu, log_var, rng):
    if np.shape(mu) != np.shape(log_var):
        raise ValueError("shapes differ")
    eps = rng.standard_normal(np.shape(mu)).astype(np.float32)
    std = np.exp(np.float32(0.5) * np.asarray(log_var, dtype=np.float32))
    return np.asarray(mu, dtype=np.float32) + std * eps


def gaussian_kl(mu, log_var):
    if np.shape(mu) != np.shape(log_var):
        raise ValueError("shapes differ")
    mu = np.asarray(mu, dtype=np.float32)
    log_var = np.asarray(log_var, dtype=np.float32)
    total = np.float32(0)
    for m, lv in zip(mu, log_var):
        total += np.float32(-0.5) * np.sum(1 + lv - m * m - np.exp(lv))
    return float(total / len(mu))
