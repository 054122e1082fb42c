import numpy as np


def elu(x, alpha=1.0):
    """ELU: x where x > 0, alpha * (e^x - 1) elsewhere; elementwise, any shape.

    Returns a new float array of the shape of x.
    """
    raise NotImplementedError


def elu_grad(x, alpha=1.0):
    """Derivative of elu: 1 where x > 0, alpha * e^x elsewhere (alpha at x = 0).

    Returns a new float array of the shape of x.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    x = np.array([-2.0, -1.0, 0.0, 1.5])
    print(elu(x))
    print(elu_grad(x))
