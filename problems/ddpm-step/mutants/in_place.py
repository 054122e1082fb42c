"""Updates the caller's x_t in place (x_t -= ..., x_t /= ...) and returns it."""
import numpy as np


def ddpm_step(x_t, t, eps_pred, betas, noise):
    if eps_pred.shape != x_t.shape or noise.shape != x_t.shape or not 0 <= t < len(betas):
        raise ValueError("bad input")
    abar = np.cumprod(1.0 - betas)
    x_t -= betas[t] / np.sqrt(1.0 - abar[t]) * eps_pred
    x_t /= np.sqrt(1.0 - betas[t])
    if t > 0:
        x_t += np.sqrt(betas[t] * (1.0 - abar[t - 1]) / (1.0 - abar[t])) * noise
    return x_t
