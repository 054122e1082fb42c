import numpy as np


def numerical_gradient(f, x, eps=1e-5):
    """Central-difference estimate of the gradient of a scalar function f at x.

    f: a function taking an array shaped like x and returning a number.
    x: float array of any shape; eps: the step size.
    Returns a float array shaped like x whose entry i is (f(x + eps e_i) - f(x - eps e_i)) / (2 eps).
    x itself is left exactly as it was.
    """
    point = np.array(x, dtype=float)          # a private copy: the caller's x is never touched
    grad = np.zeros(point.shape)
    for index in np.ndindex(point.shape):     # every index tuple, for any number of dimensions
        old = point[index]
        point[index] = old + eps
        f_plus = float(f(point))
        point[index] = old - eps
        f_minus = float(f(point))
        point[index] = old                    # restore by assignment: exact
        grad[index] = (f_plus - f_minus) / (2.0 * eps)
    return grad
