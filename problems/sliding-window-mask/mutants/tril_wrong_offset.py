"""Removes np.tril(ones, k=-window + 1) instead of k=-window, so each query sees only window - 1 positions.

Hint: 1
"""
import numpy as np


def sliding_window_mask(T, window):
    if window < 1:
        raise ValueError("window must be at least 1")
    ones = np.ones((T, T), dtype=bool)
    return np.tril(ones) & ~np.tril(ones, k=-window + 1)
