import numpy as np


def split_heads(x, n_heads):
    """Split the feature axis into n_heads heads and move the head axis before the time axis.

    x: float array (B, T, D); n_heads: int dividing D.
    Returns a float array (B, n_heads, T, D // n_heads) whose [:, h] holds the columns
    h * D/n_heads ... (h + 1) * D/n_heads - 1 of x. Raises ValueError if n_heads does not divide D.
    """
    raise NotImplementedError


def merge_heads(x):
    """Inverse of split_heads: (B, H, T, Dh) -> (B, T, H * Dh), heads side by side in order."""
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    x = np.arange(12.0).reshape(1, 2, 6)
    heads = split_heads(x, 3)
    print(heads.shape)
    print(heads)
    print(merge_heads(heads))
