"""np.triu(np.tril(ones), k=1 - window): keep the diagonals 0 .. -(window - 1), as a bool array via astype."""
import numpy as np


def sliding_window_mask(T, window):
    if window < 1:
        raise ValueError(f"window must be at least 1, got {window}")
    return np.triu(np.tril(np.ones((T, T), dtype=np.int32)), k=1 - window).astype(bool)
