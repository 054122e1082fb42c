"""Puts the slopes in the reverse order: head 0 gets the smallest slope 2^-8 instead of the largest.

Hint: 2
"""
import numpy as np


def alibi_bias(n_heads, T):
    if n_heads < 1 or n_heads & (n_heads - 1):
        raise ValueError("n_heads must be a power of two")
    slopes = 2.0 ** (-8.0 * np.arange(n_heads, 0, -1) / n_heads)
    i, j = np.arange(T)[:, None], np.arange(T)[None, :]
    return np.where(j <= i, -slopes[:, None, None] * (i - j), -np.inf)
