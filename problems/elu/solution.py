import numpy as np


def elu(x, alpha=1.0):
    """ELU: x where x > 0, alpha * (e^x - 1) elsewhere; elementwise, any shape.

    Returns a new float array of the shape of x.
    """
    x = np.asarray(x, dtype=float)
    negative = np.minimum(x, 0.0)  # exp only ever sees x <= 0: no overflow
    return np.where(x > 0, x, alpha * np.expm1(negative))


def elu_grad(x, alpha=1.0):
    """Derivative of elu: 1 where x > 0, alpha * e^x elsewhere (alpha at x = 0).

    Returns a new float array of the shape of x.
    """
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, 1.0, alpha * np.exp(np.minimum(x, 0.0)))
