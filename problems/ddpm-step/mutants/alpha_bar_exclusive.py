"""Computes abar_t as the product over s < t (step t excluded) instead of s <= t.

Hint: 1
"""
import numpy as np


def ddpm_step(x_t, t, eps_pred, betas, noise):
    x_t, eps_pred, noise, betas = (np.asarray(a, dtype=float) for a in (x_t, eps_pred, noise, betas))
    if eps_pred.shape != x_t.shape or noise.shape != x_t.shape or not 0 <= t < len(betas):
        raise ValueError("bad input")
    t = int(t)
    abar = np.cumprod(1.0 - betas)
    ab = np.concatenate([[1.0], abar])  # ab[t] = prod_{s < t}
    mean = (x_t - betas[t] / np.sqrt(1.0 - ab[t] + 1e-300) * eps_pred) / np.sqrt(1.0 - betas[t])
    if t == 0:
        return mean
    return mean + np.sqrt(betas[t] * (1.0 - ab[t - 1]) / (1.0 - ab[t])) * noise
