"""Uses -m_h |i - j| everywhere, the bidirectional bias, and forgets the -inf that blocks the future.

Hint: 2
"""
import numpy as np


def alibi_bias(n_heads, T):
    if n_heads < 1 or n_heads & (n_heads - 1):
        raise ValueError("n_heads must be a power of two")
    slopes = 2.0 ** (-8.0 * np.arange(1, n_heads + 1) / n_heads)
    i, j = np.arange(T)[:, None], np.arange(T)[None, :]
    return -slopes[:, None, None] * np.abs(i - j)
