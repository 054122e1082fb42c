"""Backward rebuilds the input's height and width from dout as (H_out - 1) * stride + kernel instead of using x_shape, losing rows and columns no window covers.

Hint: 2
"""
import numpy as np


def avg_pool2d_backward(dout, x_shape, kernel=2, stride=2):
    n, c, ho, wo = dout.shape
    dx = np.zeros((n, c, (ho - 1) * stride + kernel, (wo - 1) * stride + kernel))
    for i in range(ho):
        for j in range(wo):
            dx[:, :, i * stride:i * stride + kernel, j * stride:j * stride + kernel] += dout[:, :, i, j][:, :, None, None] / kernel**2
    return dx
