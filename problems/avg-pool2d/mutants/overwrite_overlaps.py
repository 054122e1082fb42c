"""Writes each window's share with = instead of +=, so an overlapping window overwrites what an earlier one left.

Hint: 2
"""
import numpy as np


def avg_pool2d_backward(dout, x_shape, kernel=2, stride=2):
    dx = np.zeros(x_shape)
    for i in range(dout.shape[2]):
        for j in range(dout.shape[3]):
            dx[:, :, i * stride:i * stride + kernel, j * stride:j * stride + kernel] = dout[:, :, i, j][:, :, None, None] / kernel**2
    return dx
