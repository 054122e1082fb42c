import numpy as np


def numerical_gradient(f, x, eps=1e-5):
    """Central-difference estimate of the gradient of a scalar function f at x.

    f: a function taking an array shaped like x and returning a number.
    x: float array of any shape; eps: the step size.
    Returns a float array shaped like x whose entry i is (f(x + eps e_i) - f(x - eps e_i)) / (2 eps).
    x itself is left exactly as it was.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    f = lambda v: np.sum(v ** 2)
    print(numerical_gradient(f, np.array([1.0, 2.0, 3.0])))
