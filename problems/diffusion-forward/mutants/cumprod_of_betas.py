"""Takes the cumulative product of the betas instead of the alphas 1 - beta.

Hint: 1
"""
import numpy as np


def linear_beta_schedule(T, beta_start=1e-4, beta_end=0.02):
    if T < 1:
        raise ValueError("T must be at least 1")
    return np.cumprod(np.linspace(beta_start, beta_end, T))
