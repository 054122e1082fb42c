import numpy as np


def sigmoid(x):
    """Logistic sigmoid 1 / (1 + exp(-x)), elementwise, without overflow.

    x: float array of any shape (a 0-d array works too), |x| up to 1e4.
    Returns a new float array of the same shape, values in [0, 1].
    """
    x = np.asarray(x, dtype=float)
    e = np.exp(-np.abs(x))  # in (0, 1]: exp of a non-positive number never overflows
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def sigmoid_grad(x):
    """Derivative of sigmoid with respect to x, elementwise: sigmoid(x) * (1 - sigmoid(x)).

    x: float array of any shape, |x| up to 1e4.
    Returns a new float array of the same shape, values in [0, 0.25].
    """
    x = np.asarray(x, dtype=float)
    e = np.exp(-np.abs(x))  # the derivative is even, so e^{-|x|} / (1 + e^{-|x|})^2 covers both signs
    return e / (1.0 + e) ** 2
