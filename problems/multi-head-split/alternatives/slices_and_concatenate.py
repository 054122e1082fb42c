"""Explicit column slices stacked along a new head axis; merge concatenates the heads back."""
import numpy as np


def split_heads(x, n_heads):
    x = np.asarray(x, dtype=float)
    D = x.shape[-1]
    if D % n_heads != 0:
        raise ValueError(f"{n_heads} heads do not divide D={D}")
    size = D // n_heads
    return np.stack([x[:, :, h * size:(h + 1) * size] for h in range(n_heads)], axis=1)


def merge_heads(x):
    x = np.asarray(x, dtype=float)
    return np.concatenate([x[:, h] for h in range(x.shape[1])], axis=-1)
