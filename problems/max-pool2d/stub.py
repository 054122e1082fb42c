import numpy as np


def max_pool2d(x, kernel=2, stride=2):
    """2-D max pooling without padding.

    x: float array (N, C, H, W); kernel, stride: ints >= 1 with kernel <= H and kernel <= W.
    Returns a new array (N, C, H_out, W_out), H_out = (H - kernel) // stride + 1 (W_out likewise),
    each entry the maximum of its kernel x kernel window.
    """
    raise NotImplementedError


def max_pool2d_backward(dout, x, kernel=2, stride=2):
    """Gradient of max_pool2d with respect to x.

    dout: float array (N, C, H_out, W_out). Each window's upstream gradient goes to the first
    maximum of the window in row-major order; overlapping windows add up. Returns dx of x's shape.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    x = np.array([[1.0, 3.0, 2.0, 0.0],
                  [4.0, 2.0, 1.0, 5.0],
                  [0.0, 1.0, 3.0, 3.0],
                  [2.0, 6.0, 3.0, 1.0]]).reshape(1, 1, 4, 4)
    print(max_pool2d(x))
    print(max_pool2d_backward(np.array([[1.0, 2.0], [3.0, 4.0]]).reshape(1, 1, 2, 2), x))
