"""Backward upsamples dout with np.repeat into kernel x kernel blocks placed side by side, which is right only when stride == kernel.

Hint: 2
"""
import numpy as np


def avg_pool2d_backward(dout, x_shape, kernel=2, stride=2):
    dx = np.zeros(x_shape)
    up = np.repeat(np.repeat(dout, kernel, axis=2), kernel, axis=3) / kernel**2
    dx[:, :, :up.shape[2], :up.shape[3]] = up
    return dx
