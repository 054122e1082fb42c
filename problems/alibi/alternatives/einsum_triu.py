"""np.einsum for the outer product of slopes and distances, np.triu(..., k=1) for the blocked entries."""
import numpy as np


def alibi_bias(n_heads, T):
    if n_heads <= 0 or bin(int(n_heads)).count("1") != 1:
        raise ValueError(f"n_heads must be a power of two, got {n_heads}")
    slopes = np.exp2(-8.0 * (np.arange(n_heads) + 1) / n_heads)
    pos = np.arange(T, dtype=float)
    dist = pos[:, None] - pos[None, :]
    bias = -np.einsum("h,ij->hij", slopes, dist)
    blocked = np.triu(np.ones((T, T), dtype=bool), k=1)
    bias[:, blocked] = -np.inf
    return bias
