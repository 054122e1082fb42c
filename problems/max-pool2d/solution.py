import numpy as np


def max_pool2d(x, kernel=2, stride=2):
    """2-D max pooling without padding.

    x: float array (N, C, H, W); kernel, stride: ints >= 1 with kernel <= H and kernel <= W.
    Returns a new array (N, C, H_out, W_out), H_out = (H - kernel) // stride + 1 (W_out likewise),
    each entry the maximum of its kernel x kernel window.
    """
    n, c, h, w = x.shape
    h_out = (h - kernel) // stride + 1
    w_out = (w - kernel) // stride + 1
    out = np.empty((n, c, h_out, w_out))
    for i in range(h_out):
        for j in range(w_out):
            window = x[:, :, i * stride:i * stride + kernel, j * stride:j * stride + kernel]
            out[:, :, i, j] = window.max(axis=(2, 3))
    return out


def max_pool2d_backward(dout, x, kernel=2, stride=2):
    """Gradient of max_pool2d with respect to x.

    dout: float array (N, C, H_out, W_out). Each window's upstream gradient goes to the first
    maximum of the window in row-major order; overlapping windows add up. Returns dx of x's shape.
    """
    n, c, h, w = x.shape
    h_out, w_out = dout.shape[2], dout.shape[3]
    dx = np.zeros((n, c, h, w))
    positions = np.arange(kernel * kernel).reshape(kernel, kernel)
    for i in range(h_out):
        for j in range(w_out):
            rows = slice(i * stride, i * stride + kernel)
            cols = slice(j * stride, j * stride + kernel)
            flat = x[:, :, rows, cols].reshape(n, c, kernel * kernel)
            first = flat.argmax(axis=-1)  # argmax returns the first maximum in row-major order
            onehot = positions == first[:, :, None, None]  # (N, C, kernel, kernel)
            dx[:, :, rows, cols] += onehot * dout[:, :, i, j][:, :, None, None]
    return dx
