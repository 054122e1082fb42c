import numpy as np

SQRT_2_OVER_PI = np.sqrt(2.0 / np.pi)  # 0.7978845608...
K = 0.044715


def gelu(x):
    """GELU, tanh approximation, elementwise: 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))).

    x: float array of any shape (a 0-d array works too), |x| up to 1e4.
    Returns a new float array of the same shape.
    """
    x = np.asarray(x, dtype=float)
    t = np.tanh(SQRT_2_OVER_PI * (x + K * x**3))  # tanh saturates to +-1: it never overflows
    return 0.5 * x * (1.0 + t)


def gelu_grad(x):
    """Derivative of gelu (the tanh approximation) with respect to x, elementwise.

    x: float array of any shape, |x| up to 1e4.
    Returns a new float array of the same shape.
    """
    x = np.asarray(x, dtype=float)
    t = np.tanh(SQRT_2_OVER_PI * (x + K * x**3))
    du_dx = SQRT_2_OVER_PI * (1.0 + 3.0 * K * x**2)
    return 0.5 * (1.0 + t) + 0.5 * x * (1.0 - t * t) * du_dx
