import numpy as np


def sliding_window_mask(T, window):
    """Boolean (T, T) mask for sliding-window causal attention.

    T: int >= 0, the sequence length; window: int >= 1, the number of positions each query may
    see, counting itself. Returns a new bool array M with M[i, j] True exactly when
    0 <= i - j < window. Raises ValueError when window < 1.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    print(sliding_window_mask(5, 2).astype(int))
