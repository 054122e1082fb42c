import numpy as np


def avg_pool2d(x, kernel=2, stride=2):
    """2-D average pooling without padding.

    x: float array (N, C, H, W); kernel, stride: ints >= 1 with kernel <= H and kernel <= W.
    Returns a new array (N, C, H_out, W_out), H_out = (H - kernel) // stride + 1 (W_out likewise),
    each entry the mean of its kernel x kernel window.
    """
    n, c, h, w = x.shape
    h_out = (h - kernel) // stride + 1
    w_out = (w - kernel) // stride + 1
    out = np.empty((n, c, h_out, w_out))
    for i in range(h_out):
        for j in range(w_out):
            window = x[:, :, i * stride:i * stride + kernel, j * stride:j * stride + kernel]
            out[:, :, i, j] = window.mean(axis=(2, 3))
    return out


def avg_pool2d_backward(dout, x_shape, kernel=2, stride=2):
    """Gradient of avg_pool2d with respect to x.

    dout: float array (N, C, H_out, W_out); x_shape: the tuple (N, C, H, W) of the input.
    Every entry of a window receives dout / kernel**2; overlapping windows add up.
    Returns dx, a new float array of shape x_shape.
    """
    dx = np.zeros(tuple(x_shape))
    share = dout / (kernel * kernel)  # each of the k * k entries of a window gets an equal share
    for i in range(dout.shape[2]):
        for j in range(dout.shape[3]):
            dx[:, :, i * stride:i * stride + kernel, j * stride:j * stride + kernel] += share[:, :, i, j][:, :, None, None]
    return dx
