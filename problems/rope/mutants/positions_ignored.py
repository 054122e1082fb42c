"""Ignores the positions argument and rotates row t by t (np.arange(T)).

Hint: 1
"""
import numpy as np


def apply_rope(x, positions, base=10000.0):
    T, d = x.shape[-2], x.shape[-1]
    angles = np.arange(T)[:, None] * base ** (-np.arange(0, d, 2) / d)
    cos, sin = np.cos(angles), np.sin(angles)
    a, b = x[..., 0::2], x[..., 1::2]
    out = np.empty_like(x)
    out[..., 0::2] = a * cos - b * sin
    out[..., 1::2] = a * sin + b * cos
    return out
