"""Never checks n_heads, so 6 heads silently get slopes instead of raising ValueError.

Hint: 2
"""
import numpy as np


def alibi_bias(n_heads, T):
    slopes = 2.0 ** (-8.0 * np.arange(1, n_heads + 1) / n_heads)
    i, j = np.arange(T)[:, None], np.arange(T)[None, :]
    return np.where(j <= i, -slopes[:, None, None] * (i - j), -np.inf)
