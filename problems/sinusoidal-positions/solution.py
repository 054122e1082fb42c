import numpy as np


def sinusoidal_positions(T, d):
    """Sinusoidal position encodings of the original transformer.

    T: number of positions (int >= 1); d: encoding size (even int >= 2).
    Returns a float array of shape (T, d) with PE[t, 2i] = sin(t / 10000**(2i / d)) and
    PE[t, 2i + 1] = cos(t / 10000**(2i / d)).
    """
    t = np.arange(T, dtype=float)[:, None]  # (T, 1)
    two_i = np.arange(0, d, 2, dtype=float)  # (d/2,): 0, 2, 4, ..., d - 2
    angles = t / 10000.0 ** (two_i / d)  # (T, d/2), one frequency per pair of columns
    pe = np.empty((T, d))
    pe[:, 0::2] = np.sin(angles)
    pe[:, 1::2] = np.cos(angles)
    return pe
