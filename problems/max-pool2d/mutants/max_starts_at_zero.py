"""Starts each window's running maximum at 0 instead of its first entry, so a window of negative numbers gives 0."""
import numpy as np


def max_pool2d(x, kernel=2, stride=2):
    n, c, h, w = x.shape
    h_out, w_out = (h - kernel) // stride + 1, (w - kernel) // stride + 1
    out = np.zeros((n, c, h_out, w_out))
    for i in range(h_out):
        for j in range(w_out):
            for u in range(kernel):
                for v in range(kernel):
                    out[:, :, i, j] = np.maximum(out[:, :, i, j], x[:, :, i * stride + u, j * stride + v])
    return out
