"""Never checks the window, so window = 0 silently returns an all-False mask instead of raising ValueError."""
import numpy as np


def sliding_window_mask(T, window):
    offset = np.arange(T)[:, None] - np.arange(T)[None, :]
    return (offset >= 0) & (offset < window)
