"""A loop over the rows that sets the slice max(0, i - window + 1) .. i of each row to True."""
import numpy as np


def sliding_window_mask(T, window):
    if window < 1:
        raise ValueError(f"window must be at least 1, got {window}")
    mask = np.zeros((T, T), dtype=bool)
    for i in range(T):
        mask[i, max(0, i - window + 1): i + 1] = True
    return mask
