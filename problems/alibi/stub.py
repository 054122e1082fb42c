import numpy as np


def alibi_bias(n_heads, T):
    """ALiBi biases for causal attention.

    n_heads: int, a power of two (1, 2, 4, ...); T: int >= 0, the sequence length.
    Returns a new float array (n_heads, T, T) with bias[h, i, j] = -m_h * (i - j) for j <= i and
    -inf for j > i, where m_h = 2 ** (-8 * (h + 1) / n_heads).
    Raises ValueError when n_heads is not a power of two.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    print(alibi_bias(2, 3))
