import numpy as np


def softplus(x):
    """softplus(x) = log(1 + e^x), elementwise, stable for any float input.

    x: numeric array of any shape. Returns a new float array of the same shape.
    """
    x = np.asarray(x, dtype=float)
    return np.maximum(x, 0.0) + np.log1p(np.exp(-np.abs(x)))


def softplus_grad(x):
    """Derivative of softplus: sigmoid(x) = 1 / (1 + e^-x), elementwise, stable.

    x: numeric array of any shape. Returns a new float array of the same shape.
    """
    x = np.asarray(x, dtype=float)
    e = np.exp(-np.abs(x))  # in (0, 1]: never overflows
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
