"""Does not check t, so t = -1 silently uses the last step (and t >= T fails with an IndexError, not ValueError)."""
import numpy as np


def ddpm_step(x_t, t, eps_pred, betas, noise):
    if np.shape(eps_pred) != np.shape(x_t) or np.shape(noise) != np.shape(x_t):
        raise ValueError("shape mismatch")
    abar = np.cumprod(1.0 - np.asarray(betas, dtype=float))
    mean = (x_t - betas[t] / np.sqrt(1.0 - abar[t]) * eps_pred) / np.sqrt(1.0 - betas[t])
    if t == 0:
        return mean
    return mean + np.sqrt(betas[t] * (1.0 - abar[t - 1]) / (1.0 - abar[t])) * noise
