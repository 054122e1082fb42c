import numpy as np


def split_heads(x, n_heads):
    """Split the feature axis into n_heads heads and move the head axis before the time axis.

    x: float array (B, T, D); n_heads: int dividing D.
    Returns a float array (B, n_heads, T, D // n_heads) whose [:, h] holds the columns
    h * D/n_heads ... (h + 1) * D/n_heads - 1 of x. Raises ValueError if n_heads does not divide D.
    """
    x = np.asarray(x)
    B, T, D = x.shape
    if D % n_heads != 0:
        raise ValueError(f"n_heads={n_heads} does not divide the feature size D={D}")
    # (B, T, D) -> (B, T, H, D/H): each row of D features is cut into H consecutive blocks.
    # Then swap T and H so each head's (T, D/H) matrix sits in its own slice.
    return x.reshape(B, T, n_heads, D // n_heads).transpose(0, 2, 1, 3)


def merge_heads(x):
    """Inverse of split_heads: (B, H, T, Dh) -> (B, T, H * Dh), heads side by side in order."""
    x = np.asarray(x)
    B, H, T, Dh = x.shape
    return x.transpose(0, 2, 1, 3).reshape(B, T, H * Dh)
