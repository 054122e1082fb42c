"""The posterior form: estimate x0 from the predicted noise, then take the mean of q(x_{t-1} | x_t, x0)."""
import numpy as np


def ddpm_step(x_t, t, eps_pred, betas, noise):
    x_t = np.asarray(x_t, dtype=float)
    if np.shape(eps_pred) != x_t.shape or np.shape(noise) != x_t.shape:
        raise ValueError("eps_pred and noise must match x_t")
    if t < 0 or t >= len(betas):
        raise ValueError("t out of range")
    alphas = 1.0 - np.asarray(betas, dtype=float)
    abar = np.cumprod(alphas)
    abar_prev = abar[t - 1] if t > 0 else 1.0
    x0_hat = (x_t - np.sqrt(1 - abar[t]) * eps_pred) / np.sqrt(abar[t])
    c0 = np.sqrt(abar_prev) * betas[t] / (1 - abar[t])
    ct = np.sqrt(alphas[t]) * (1 - abar_prev) / (1 - abar[t])
    mean = c0 * x0_hat + ct * x_t
    variance = betas[t] * (1 - abar_prev) / (1 - abar[t])
    return mean + np.sqrt(variance) * noise
