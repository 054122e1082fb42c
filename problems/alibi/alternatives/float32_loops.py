"""Python loops over heads and rows filling a float32 array, with the power-of-two test by repeated halving."""
import numpy as np


def alibi_bias(n_heads, T):
    n = int(n_heads)
    while n > 1 and n % 2 == 0:
        n //= 2
    if n != 1:
        raise ValueError(f"n_heads must be a power of two, got {n_heads}")
    out = np.full((n_heads, T, T), -np.inf, dtype=np.float32)
    for h in range(n_heads):
        m = np.float32(2.0) ** np.float32(-8.0 * (h + 1) / n_heads)
        for i in range(T):
            out[h, i, : i + 1] = -m * np.arange(i, -1, -1, dtype=np.float32)
    return out
