import numpy as np


def avg_pool2d(x, kernel=2, stride=2):
    """2-D average pooling without padding.

    x: float array (N, C, H, W); kernel, stride: ints >= 1 with kernel <= H and kernel <= W.
    Returns a new array (N, C, H_out, W_out), H_out = (H - kernel) // stride + 1 (W_out likewise),
    each entry the mean of its kernel x kernel window.
    """
    raise NotImplementedError


def avg_pool2d_backward(dout, x_shape, kernel=2, stride=2):
    """Gradient of avg_pool2d with respect to x.

    dout: float array (N, C, H_out, W_out); x_shape: the tuple (N, C, H, W) of the input.
    Every entry of a window receives dout / kernel**2; overlapping windows add up.
    Returns dx, a new float array of shape x_shape.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    x = np.array([[1.0, 3.0, 2.0, 0.0],
                  [4.0, 2.0, 1.0, 5.0],
                  [0.0, 1.0, 3.0, 3.0],
                  [2.0, 6.0, 3.0, 1.0]]).reshape(1, 1, 4, 4)
    print(avg_pool2d(x))
    print(avg_pool2d_backward(np.array([[4.0, 8.0], [12.0, 16.0]]).reshape(1, 1, 2, 2), (1, 1, 4, 4)))
