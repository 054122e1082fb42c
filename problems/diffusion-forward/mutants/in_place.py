"""Scales the caller's x0 in place (x0 *= sqrt(abar)) and adds the noise into it."""
import numpy as np


def q_sample(x0, t, alphas_cumprod, noise):
    t = np.asarray(t)
    if noise.shape != x0.shape or t.shape != x0.shape[:1] or t.min() < 0 or t.max() >= len(alphas_cumprod):
        raise ValueError("bad input")
    a = np.asarray(alphas_cumprod)[t].reshape((-1,) + (1,) * (x0.ndim - 1))
    x0 *= np.sqrt(a)
    x0 += np.sqrt(1.0 - a) * noise
    return x0
