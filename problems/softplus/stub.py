import numpy as np


def softplus(x):
    """softplus(x) = log(1 + e^x), elementwise, stable for any float input.

    x: numeric array of any shape. Returns a new float array of the same shape.
    """
    raise NotImplementedError


def softplus_grad(x):
    """Derivative of softplus: sigmoid(x) = 1 / (1 + e^-x), elementwise, stable.

    x: numeric array of any shape. Returns a new float array of the same shape.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    print(softplus(np.array([0.0, 1.0, -1.0])))
    print(softplus_grad(np.array([0.0, 2.0, -2.0])))
