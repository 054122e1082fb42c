"""Counts the window from the previous position, 0 < i - j <= window, so a query never sees itself.

Hint: 1
"""
import numpy as np


def sliding_window_mask(T, window):
    if window < 1:
        raise ValueError("window must be at least 1")
    offset = np.arange(T)[:, None] - np.arange(T)[None, :]
    return (offset > 0) & (offset <= window)
