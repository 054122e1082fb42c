"""Numbers the positions 1..T instead of 0..T-1.

Hint: 1
"""
import numpy as np


def sinusoidal_positions(T, d):
    t = np.arange(1, T + 1)[:, None]
    angles = t / 10000.0 ** (np.arange(0, d, 2) / d)
    pe = np.zeros((T, d))
    pe[:, 0::2] = np.sin(angles)
    pe[:, 1::2] = np.cos(angles)
    return pe
