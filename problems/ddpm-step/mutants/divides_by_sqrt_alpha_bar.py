"""Divides the mean by sqrt(abar_t) (the cumulative product) instead of sqrt(alpha_t) = sqrt(1 - beta_t).

Hint: 2
"""
import numpy as np


def ddpm_step(x_t, t, eps_pred, betas, noise):
    x_t, eps_pred, noise, betas = (np.asarray(a, dtype=float) for a in (x_t, eps_pred, noise, betas))
    if eps_pred.shape != x_t.shape or noise.shape != x_t.shape or not 0 <= t < len(betas):
        raise ValueError("bad input")
    t = int(t)
    abar = np.cumprod(1.0 - betas)
    mean = (x_t - betas[t] / np.sqrt(1.0 - abar[t]) * eps_pred) / np.sqrt(abar[t])
    if t == 0:
        return mean
    return mean + np.sqrt(betas[t] * (1.0 - abar[t - 1]) / (1.0 - abar[t])) * noise
