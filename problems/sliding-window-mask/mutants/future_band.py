"""Computes j - i instead of i - j, so the band lies above the diagonal: each query sees the future.

Hint: 2
"""
import numpy as np


def sliding_window_mask(T, window):
    if window < 1:
        raise ValueError("window must be at least 1")
    offset = np.arange(T)[None, :] - np.arange(T)[:, None]
    return (offset >= 0) & (offset < window)
