"""Adds eps to the root mean square, sqrt(mean(x**2)) + eps, instead of inside the square root.

Hint: 1
"""
import numpy as np


def rms_norm(x, gamma, eps=1e-6):
    return x / (np.sqrt(np.mean(x * x, axis=-1, keepdims=True)) + eps) * gamma
