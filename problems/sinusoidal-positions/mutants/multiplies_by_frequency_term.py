"""Multiplies t by 10000^(2i/d) instead of dividing: the angles grow instead of shrinking.

Hint: 1
"""
import numpy as np


def sinusoidal_positions(T, d):
    t = np.arange(T)[:, None]
    angles = t * 10000.0 ** (np.arange(0, d, 2) / d)
    pe = np.zeros((T, d))
    pe[:, 0::2] = np.sin(angles)
    pe[:, 1::2] = np.cos(angles)
    return pe
