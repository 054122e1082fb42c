import numpy as np


def _sigmoid(x):
    e = np.exp(-np.abs(x))  # in (0, 1]: never overflows
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def silu(x):
    """SiLU (Swish), elementwise: x * sigmoid(x), without overflow.

    x: float array of any shape (a 0-d array works too), |x| up to 1e4.
    Returns a new float array of the same shape.
    """
    x = np.asarray(x, dtype=float)
    return x * _sigmoid(x)


def silu_grad(x):
    """Derivative of silu with respect to x, elementwise: sigmoid(x) * (1 + x * (1 - sigmoid(x))).

    x: float array of any shape, |x| up to 1e4.
    Returns a new float array of the same shape.
    """
    x = np.asarray(x, dtype=float)
    s = _sigmoid(x)
    return s + x * s * _sigmoid(-x)  # product rule; 1 - sigmoid(x) = sigmoid(-x), without cancellation
