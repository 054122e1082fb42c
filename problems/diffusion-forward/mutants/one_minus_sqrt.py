"""Scales the noise by 1 - sqrt(abar_t) instead of sqrt(1 - abar_t)."""
import numpy as np


def q_sample(x0, t, alphas_cumprod, noise):
    x0, noise, t, abar = np.asarray(x0, dtype=float), np.asarray(noise, dtype=float), np.asarray(t), np.asarray(alphas_cumprod)
    if noise.shape != x0.shape or t.shape != x0.shape[:1] or t.min() < 0 or t.max() >= len(abar):
        raise ValueError("bad input")
    a = abar[t].reshape((-1,) + (1,) * (x0.ndim - 1))
    return np.sqrt(a) * x0 + (1.0 - np.sqrt(a)) * noise
