"""Drops the factor 8 in the exponent: slopes 2^(-(h+1)/H) run from about 1 down to 1/2 instead of to 1/256.

Hint: 2
"""
import numpy as np


def alibi_bias(n_heads, T):
    if n_heads < 1 or n_heads & (n_heads - 1):
        raise ValueError("n_heads must be a power of two")
    slopes = 2.0 ** (-np.arange(1, n_heads + 1) / n_heads)
    i, j = np.arange(T)[:, None], np.arange(T)[None, :]
    return np.where(j <= i, -slopes[:, None, None] * (i - j), -np.inf)
