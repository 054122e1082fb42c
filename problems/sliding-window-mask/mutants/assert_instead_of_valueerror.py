"""Checks the window with assert, which raises AssertionError instead of the required ValueError."""
import numpy as np


def sliding_window_mask(T, window):
    assert window >= 1, "window must be at least 1"
    offset = np.arange(T)[:, None] - np.arange(T)[None, :]
    return (offset >= 0) & (offset < window)
