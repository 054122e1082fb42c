"""Divides by the L2 norm sqrt(sum(x**2)) instead of the root mean square sqrt(mean(x**2)).

Hint: 1
"""
import numpy as np


def rms_norm(x, gamma, eps=1e-6):
    return x / np.sqrt(np.sum(x * x, axis=-1, keepdims=True) + eps) * gamma
