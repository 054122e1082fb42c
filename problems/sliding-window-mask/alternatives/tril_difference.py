"""The lower triangle minus the triangle strictly below diagonal -window, with np.tril on booleans."""
import numpy as np


def sliding_window_mask(T, window):
    if window < 1:
        raise ValueError(f"window must be at least 1, got {window}")
    ones = np.ones((T, T), dtype=bool)
    return np.tril(ones) & ~np.tril(ones, k=-window)
