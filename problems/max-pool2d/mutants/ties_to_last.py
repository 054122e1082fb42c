"""Breaks ties toward the last maximum of the window (a scan with >=) instead of the first one.

Hint: 2
"""
import numpy as np


def max_pool2d_backward(dout, x, kernel=2, stride=2):
    n, c, h, w = x.shape
    dx = np.zeros(x.shape)
    for i in range(dout.shape[2]):
        for j in range(dout.shape[3]):
            rows, cols = slice(i * stride, i * stride + kernel), slice(j * stride, j * stride + kernel)
            flat = x[:, :, rows, cols].reshape(n, c, kernel * kernel)
            last = kernel * kernel - 1 - flat[:, :, ::-1].argmax(axis=-1)
            onehot = np.arange(kernel * kernel).reshape(kernel, kernel) == last[:, :, None, None]
            dx[:, :, rows, cols] += onehot * dout[:, :, i, j][:, :, None, None]
    return dx
