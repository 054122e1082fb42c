"""Uses stride as the window size (x[i*stride:(i+1)*stride]), which is right only when kernel == stride.

Hint: 1
"""
import numpy as np


def max_pool2d(x, kernel=2, stride=2):
    n, c, h, w = x.shape
    h_out, w_out = (h - kernel) // stride + 1, (w - kernel) // stride + 1
    out = np.empty((n, c, h_out, w_out))
    for i in range(h_out):
        for j in range(w_out):
            out[:, :, i, j] = x[:, :, i * stride:(i + 1) * stride, j * stride:(j + 1) * stride].max(axis=(2, 3))
    return out
