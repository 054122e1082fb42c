"""The paper's code: start = ratio = 2^(-8/H), slopes = start * ratio**h; the log2 test for a power of two."""
import math

import numpy as np


def alibi_bias(n_heads, T):
    if n_heads < 1 or not math.log2(n_heads).is_integer():
        raise ValueError(f"n_heads must be a power of two, got {n_heads}")
    start = 2 ** (-2 ** -(math.log2(n_heads) - 3))
    slopes = np.array([start * start ** h for h in range(n_heads)])
    distance = np.arange(T)[None, :] - np.arange(T)[:, None]  # j - i
    bias = slopes[:, None, None] * np.minimum(distance, 0)
    return bias + np.triu(np.full((T, T), -np.inf), k=1)
