"""Sends the gradient to every entry equal to the window's maximum (mask == max), so tied maxima each get a full copy.

Hint: 2
"""
import numpy as np


def max_pool2d_backward(dout, x, kernel=2, stride=2):
    dx = np.zeros(x.shape)
    for i in range(dout.shape[2]):
        for j in range(dout.shape[3]):
            rows, cols = slice(i * stride, i * stride + kernel), slice(j * stride, j * stride + kernel)
            window = x[:, :, rows, cols]
            mask = window == window.max(axis=(2, 3), keepdims=True)
            dx[:, :, rows, cols] += mask * dout[:, :, i, j][:, :, None, None]
    return dx
