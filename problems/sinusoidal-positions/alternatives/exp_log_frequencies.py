"""Frequencies as exp(-2i * log(10000) / d), as in many tutorials, with strided assignment."""
import math

import numpy as np


def sinusoidal_positions(T, d):
    position = np.arange(T)[:, None]
    div_term = np.exp(np.arange(0, d, 2) * (-math.log(10000.0) / d))
    pe = np.zeros((T, d))
    pe[:, 0::2] = np.sin(position * div_term)
    pe[:, 1::2] = np.cos(position * div_term)
    return pe
