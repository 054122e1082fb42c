"""Reshapes the coefficients to (B, 1), which lines up with the batch axis only for 2-D x0.

Hint: 2
"""
import numpy as np


def q_sample(x0, t, alphas_cumprod, noise):
    x0, noise, t, abar = np.asarray(x0, dtype=float), np.asarray(noise, dtype=float), np.asarray(t), np.asarray(alphas_cumprod)
    if noise.shape != x0.shape or t.shape != x0.shape[:1] or t.min() < 0 or t.max() >= len(abar):
        raise ValueError("bad input")
    a = abar[t].reshape(-1, 1)
    return np.sqrt(a) * x0 + np.sqrt(1.0 - a) * noise
