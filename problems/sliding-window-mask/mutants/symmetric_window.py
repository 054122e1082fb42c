"""Uses |i - j| < window, a symmetric band that also lets each query see the next window - 1 positions.

Hint: 1
"""
import numpy as np


def sliding_window_mask(T, window):
    if window < 1:
        raise ValueError("window must be at least 1")
    offset = np.arange(T)[:, None] - np.arange(T)[None, :]
    return np.abs(offset) < window
