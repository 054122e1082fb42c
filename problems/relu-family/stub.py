import numpy as np


def relu(x):
    """Rectified linear unit, elementwise: max(x, 0).

    x: float array of any shape (a 0-d array works too).
    Returns a new float array of the same shape.
    """
    raise NotImplementedError


def relu_grad(x):
    """Derivative of relu with respect to x, elementwise: 1.0 where x > 0, else 0.0 (0.0 at x = 0).

    x: float array of any shape.
    Returns a new float array (not booleans) of the same shape.
    """
    raise NotImplementedError


def leaky_relu(x, alpha=0.01):
    """Leaky ReLU, elementwise: x where x > 0, alpha * x elsewhere.

    x: float array of any shape; alpha: the slope for negative inputs, 0 <= alpha <= 1.
    Returns a new float array of the same shape.
    """
    raise NotImplementedError


def leaky_relu_grad(x, alpha=0.01):
    """Derivative of leaky_relu with respect to x: 1.0 where x > 0, alpha elsewhere (alpha at x = 0).

    x: float array of any shape; alpha: the slope for negative inputs, 0 <= alpha <= 1.
    Returns a new float array of the same shape.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    x = np.array([-2.0, -0.5, 0.0, 0.5, 3.0])
    print(relu(x))
    print(relu_grad(x))
    print(leaky_relu(x))
    print(leaky_relu_grad(x))
