"""Starts the cumulative product at 1 (abar_0 = 1), shifting every value one step: entry t is the product up to t - 1.

Hint: 1
"""
import numpy as np


def linear_beta_schedule(T, beta_start=1e-4, beta_end=0.02):
    if T < 1:
        raise ValueError("T must be at least 1")
    alphas = 1.0 - np.linspace(beta_start, beta_end, T)
    return np.concatenate([[1.0], np.cumprod(alphas)[:-1]])
