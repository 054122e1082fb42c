import numpy as np


def relu(x):
    """Rectified linear unit, elementwise: max(x, 0).

    x: float array of any shape (a 0-d array works too).
    Returns a new float array of the same shape.
    """
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, x, 0.0)


def relu_grad(x):
    """Derivative of relu with respect to x, elementwise: 1.0 where x > 0, else 0.0 (0.0 at x = 0).

    x: float array of any shape.
    Returns a new float array (not booleans) of the same shape.
    """
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, 1.0, 0.0)


def leaky_relu(x, alpha=0.01):
    """Leaky ReLU, elementwise: x where x > 0, alpha * x elsewhere.

    x: float array of any shape; alpha: the slope for negative inputs, 0 <= alpha <= 1.
    Returns a new float array of the same shape.
    """
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, x, alpha * x)


def leaky_relu_grad(x, alpha=0.01):
    """Derivative of leaky_relu with respect to x: 1.0 where x > 0, alpha elsewhere (alpha at x = 0).

    x: float array of any shape; alpha: the slope for negative inputs, 0 <= alpha <= 1.
    Returns a new float array of the same shape.
    """
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, 1.0, float(alpha))
