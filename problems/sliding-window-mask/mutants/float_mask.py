"""Builds the band from np.tril of np.ones, so the mask holds 0.0/1.0 floats instead of booleans."""
import numpy as np


def sliding_window_mask(T, window):
    if window < 1:
        raise ValueError("window must be at least 1")
    ones = np.ones((T, T))
    return np.tril(ones) - np.tril(ones, k=-window)
