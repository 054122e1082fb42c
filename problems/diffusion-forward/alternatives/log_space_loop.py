"""The schedule as exp(cumsum(log1p(-betas))), and q_sample as a loop over the samples."""
import numpy as np


def linear_beta_schedule(T, beta_start=1e-4, beta_end=0.02):
    if T < 1:
        raise ValueError("need at least one step")
    betas = beta_start + (beta_end - beta_start) * np.arange(T) / max(T - 1, 1)
    return np.exp(np.cumsum(np.log1p(-betas)))


def q_sample(x0, t, alphas_cumprod, noise):
    x0 = np.asarray(x0, dtype=float)
    noise = np.asarray(noise, dtype=float)
    t = np.asarray(t)
    if x0.shape != noise.shape or t.ndim != 1 or len(t) != len(x0):
        raise ValueError("shape mismatch")
    out = np.empty_like(x0)
    for i, ti in enumerate(t.tolist()):
        if not 0 <= ti < len(alphas_cumprod):
            raise ValueError(f"timestep {ti} out of range")
        a = float(alphas_cumprod[ti])
        out[i] = a**0.5 * x0[i] + (1 - a) ** 0.5 * noise[i]
    return out
