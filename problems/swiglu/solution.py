import numpy as np


def silu(u):
    """u * sigmoid(u), with the sigmoid written as 1/2 (1 + tanh(u / 2)) so nothing overflows."""
    return u * 0.5 * (1.0 + np.tanh(0.5 * u))


def swiglu_ffn(x, W1, W3, W2):
    """SwiGLU feed-forward layer: (silu(x @ W1) * (x @ W3)) @ W2.

    x: (..., D); W1, W3: (D, F); W2: (F, D). Returns a new float array of the shape of x.
    """
    return (silu(x @ W1) * (x @ W3)) @ W2
