import numpy as np


def alibi_bias(n_heads, T):
    """ALiBi biases for causal attention.

    n_heads: int, a power of two (1, 2, 4, ...); T: int >= 0, the sequence length.
    Returns a new float array (n_heads, T, T) with bias[h, i, j] = -m_h * (i - j) for j <= i and
    -inf for j > i, where m_h = 2 ** (-8 * (h + 1) / n_heads).
    Raises ValueError when n_heads is not a power of two.
    """
    if n_heads < 1 or n_heads & (n_heads - 1):  # a power of two has exactly one bit set
        raise ValueError(f"n_heads must be a power of two, got {n_heads}")
    slopes = 2.0 ** (-8.0 * np.arange(1, n_heads + 1) / n_heads)  # m_0 .. m_{H-1}
    i = np.arange(T)[:, None]
    j = np.arange(T)[None, :]
    bias = -slopes[:, None, None] * (i - j)  # (H, 1, 1) * (T, T) -> (H, T, T)
    return np.where(j <= i, bias, -np.inf)  # the future is blocked
