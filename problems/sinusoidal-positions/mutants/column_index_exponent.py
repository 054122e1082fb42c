"""Uses each column's own index j in 10000^(j/d), so cosine column 2i+1 gets a different frequency.

Hint: 1
"""
import numpy as np


def sinusoidal_positions(T, d):
    t = np.arange(T)[:, None]
    j = np.arange(d)
    angles = t / 10000.0 ** (j / d)
    return np.where(j % 2 == 0, np.sin(angles), np.cos(angles))
