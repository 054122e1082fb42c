"""Blocks the future with -1e9 instead of -inf, so the blocked entries are finite.

Hint: 2
"""
import numpy as np


def alibi_bias(n_heads, T):
    if n_heads < 1 or n_heads & (n_heads - 1):
        raise ValueError("n_heads must be a power of two")
    slopes = 2.0 ** (-8.0 * np.arange(1, n_heads + 1) / n_heads)
    i, j = np.arange(T)[:, None], np.arange(T)[None, :]
    return np.where(j <= i, -slopes[:, None, None] * (i - j), -1e9)
