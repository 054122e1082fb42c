import numpy as np


def conv2d_backward(dout, x, w, stride=1, padding=0):
    """Gradients of conv2d(x, w, b, stride, padding) (cross-correlation, zero padding on every side).

    dout: float array (N, C_out, H_out, W_out), the gradient of the loss with respect to the output.
    x: float array (N, C_in, H, W); w: float array (C_out, C_in, KH, KW).
    Returns (dx, dw, db) with the shapes of x, w and (C_out,).
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    x = np.arange(9.0).reshape(1, 1, 3, 3)
    w = np.array([[1.0, 2.0], [0.0, -1.0]]).reshape(1, 1, 2, 2)
    dx, dw, db = conv2d_backward(np.ones((1, 1, 2, 2)), x, w)
    print(dx)
    print(dw)
    print(db)
