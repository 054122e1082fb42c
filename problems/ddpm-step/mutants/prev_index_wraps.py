"""Takes abar_{t-1} as abar[t - 1] also at t = 0, where index -1 is the last step, so the final step adds noise.

Hint: 1
"""
import numpy as np


def ddpm_step(x_t, t, eps_pred, betas, noise):
    x_t, eps_pred, noise, betas = (np.asarray(a, dtype=float) for a in (x_t, eps_pred, noise, betas))
    if eps_pred.shape != x_t.shape or noise.shape != x_t.shape or not 0 <= t < len(betas):
        raise ValueError("bad input")
    t = int(t)
    abar = np.cumprod(1.0 - betas)
    mean = (x_t - betas[t] / np.sqrt(1.0 - abar[t]) * eps_pred) / np.sqrt(1.0 - betas[t])
    sigma = np.sqrt(betas[t] * (1.0 - abar[t - 1]) / (1.0 - abar[t]))
    return mean + sigma * noise
