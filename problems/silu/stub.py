import numpy as np


def silu(x):
    """SiLU (Swish), elementwise: x * sigmoid(x), without overflow.

    x: float array of any shape (a 0-d array works too), |x| up to 1e4.
    Returns a new float array of the same shape.
    """
    raise NotImplementedError


def silu_grad(x):
    """Derivative of silu with respect to x, elementwise: sigmoid(x) * (1 + x * (1 - sigmoid(x))).

    x: float array of any shape, |x| up to 1e4.
    Returns a new float array of the same shape.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
    print(silu(x))
    print(silu_grad(x))
