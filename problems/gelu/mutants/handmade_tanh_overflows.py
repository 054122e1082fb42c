"""Writes tanh(u) as (e^u - e^-u) / (e^u + e^-u): for |x| above about 27 that is inf / inf = nan.

Hint: 1
"""
import numpy as np


def _tanh(u):
    a, b = np.exp(u), np.exp(-u)
    return (a - b) / (a + b)


def gelu(x):
    x = np.asarray(x, dtype=float)
    return 0.5 * x * (1.0 + _tanh(SQRT_2_OVER_PI * (x + K * x**3)))


def gelu_grad(x):
    x = np.asarray(x, dtype=float)
    t = _tanh(SQRT_2_OVER_PI * (x + K * x**3))
    return 0.5 * (1.0 + t) + 0.5 * x * (1.0 - t * t) * SQRT_2_OVER_PI * (1.0 + 3.0 * K * x**2)
