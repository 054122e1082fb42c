"""Concatenates all the sines and then all the cosines instead of interleaving them.

Hint: 2
"""
import numpy as np


def sinusoidal_positions(T, d):
    t = np.arange(T)[:, None]
    angles = t / 10000.0 ** (np.arange(0, d, 2) / d)
    return np.concatenate([np.sin(angles), np.cos(angles)], axis=1)
