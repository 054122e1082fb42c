"""Uses exponent i/d instead of 2i/d for pair i, so the frequencies decay only half as fast.

Hint: 1
"""
import numpy as np


def sinusoidal_positions(T, d):
    t = np.arange(T)[:, None]
    i = np.arange(d // 2)
    angles = t / 10000.0 ** (i / d)
    pe = np.zeros((T, d))
    pe[:, 0::2] = np.sin(angles)
    pe[:, 1::2] = np.cos(angles)
    return pe
