"""Computes the exponent 2i // d with integer division, which is 0 for every pair: all frequencies are 1."""
import numpy as np


def sinusoidal_positions(T, d):
    pe = np.zeros((T, d))
    for t in range(T):
        for i in range(d // 2):
            angle = t / 10000 ** (2 * i // d)
            pe[t, 2 * i] = np.sin(angle)
            pe[t, 2 * i + 1] = np.cos(angle)
    return pe
