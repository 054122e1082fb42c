"""Scatter-adds every window's share with np.add.at and int32 index arrays; forward with einsum over a window list."""
import numpy as np


def avg_pool2d(x, kernel=2, stride=2):
    n, c, h, w = x.shape
    ho, wo = (h - kernel) // stride + 1, (w - kernel) // stride + 1
    out = np.zeros((n, c, ho, wo))
    for i in range(ho):
        for j in range(wo):
            patch = x[:, :, i * stride:i * stride + kernel, j * stride:j * stride + kernel]
            out[:, :, i, j] = np.einsum("ncuv->nc", patch) / kernel**2
    return out


def avg_pool2d_backward(dout, x_shape, kernel=2, stride=2):
    n, c, h, w = x_shape
    ho, wo = dout.shape[2], dout.shape[3]
    dx = np.zeros((n, c, h, w))
    for u in range(kernel):
        for v in range(kernel):
            rows = (np.arange(ho, dtype=np.int32) * stride + u)[:, None]
            cols = (np.arange(wo, dtype=np.int32) * stride + v)[None, :]
            np.add.at(dx, (slice(None), slice(None), rows, cols), dout / kernel**2)
    return dx
