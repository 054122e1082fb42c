"""float32 arithmetic for both functions, with the coefficients broadcast through np.expand_dims on the trailing axes."""
import numpy as np


def linear_beta_schedule(T, beta_start=1e-4, beta_end=0.02):
    if not T >= 1:
        raise ValueError("T must be >= 1")
    betas = np.linspace(beta_start, beta_end, T, dtype=np.float32)
    return np.cumprod(np.float32(1) - betas)


def q_sample(x0, t, alphas_cumprod, noise):
    if np.shape(noise) != np.shape(x0) or np.shape(t) != np.shape(x0)[:1]:
        raise ValueError("shape mismatch")
    t = np.asarray(t, dtype=np.int64)
    if (t < 0).any() or (t >= len(alphas_cumprod)).any():
        raise ValueError("timestep out of range")
    a = np.asarray(alphas_cumprod, dtype=np.float32)[t]
    a = np.expand_dims(a, axis=tuple(range(1, np.ndim(x0))))
    return np.sqrt(a) * np.asarray(x0, dtype=np.float32) + np.sqrt(1 - a) * np.asarray(noise, dtype=np.float32)
