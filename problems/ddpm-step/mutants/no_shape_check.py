"""Never compares the shapes of eps_pred and noise with x_t, so broadcastable mismatches return a result instead of raising ValueError."""
import numpy as np


def ddpm_step(x_t, t, eps_pred, betas, noise):
    if not 0 <= t < len(betas):
        raise ValueError("t out of range")
    abar = np.cumprod(1.0 - np.asarray(betas, dtype=float))
    mean = (x_t - betas[t] / np.sqrt(1.0 - abar[t]) * eps_pred) / np.sqrt(1.0 - betas[t])
    if t == 0:
        return mean
    return mean + np.sqrt(betas[t] * (1.0 - abar[t - 1]) / (1.0 - abar[t])) * noise
