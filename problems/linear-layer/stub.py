import numpy as np


def linear_forward(x, W, b):
    """Fully connected layer: out = x @ W + b.

    x: float array (B, D_in); W: float array (D_in, D_out); b: float array (D_out,).
    Returns a float array (B, D_out).
    """
    raise NotImplementedError


def linear_backward(dout, x, W):
    """Gradients of the layer, given dout = dL/dout of shape (B, D_out).

    Returns (dx, dW, db) with the shapes of x (B, D_in), W (D_in, D_out) and b (D_out,).
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    x = np.array([[1.0, 2.0], [0.0, -1.0]])
    W = np.array([[1.0, 0.0, 2.0], [-1.0, 3.0, 1.0]])
    b = np.array([0.5, -1.0, 0.0])
    print(linear_forward(x, W, b))
    dout = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 1.0]])
    dx, dW, db = linear_backward(dout, x, W)
    print(dx)
    print(dW)
    print(db)
