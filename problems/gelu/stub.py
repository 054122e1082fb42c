import numpy as np


def gelu(x):
    """GELU, tanh approximation, elementwise: 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))).

    x: float array of any shape (a 0-d array works too), |x| up to 1e4.
    Returns a new float array of the same shape.
    """
    raise NotImplementedError


def gelu_grad(x):
    """Derivative of gelu (the tanh approximation) with respect to x, elementwise.

    x: float array of any shape, |x| up to 1e4.
    Returns a new float array of the same shape.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
    print(gelu(x))
    print(gelu_grad(x))
