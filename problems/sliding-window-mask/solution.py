import numpy as np


def sliding_window_mask(T, window):
    """Boolean (T, T) mask for sliding-window causal attention.

    T: int >= 0, the sequence length; window: int >= 1, the number of positions each query may
    see, counting itself. Returns a new bool array M with M[i, j] True exactly when
    0 <= i - j < window. Raises ValueError when window < 1.
    """
    if window < 1:
        raise ValueError(f"window must be at least 1, got {window}")
    offset = np.arange(T)[:, None] - np.arange(T)[None, :]  # (T, T): offset[i, j] = i - j
    return (offset >= 0) & (offset < window)
