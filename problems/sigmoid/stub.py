import numpy as np


def sigmoid(x):
    """Logistic sigmoid 1 / (1 + exp(-x)), elementwise, without overflow.

    x: float array of any shape (a 0-d array works too), |x| up to 1e4.
    Returns a new float array of the same shape, values in [0, 1].
    """
    raise NotImplementedError


def sigmoid_grad(x):
    """Derivative of sigmoid with respect to x, elementwise: sigmoid(x) * (1 - sigmoid(x)).

    x: float array of any shape, |x| up to 1e4.
    Returns a new float array of the same shape, values in [0, 0.25].
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    x = np.array([0.0, 2.0, -2.0])
    print(sigmoid(x))
    print(sigmoid_grad(x))
