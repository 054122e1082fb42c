"""Computes H_out = (H - kernel) // stride, forgetting the + 1, so the last row and column of windows are missing."""
import numpy as np


def avg_pool2d(x, kernel=2, stride=2):
    n, c, h, w = x.shape
    h_out, w_out = (h - kernel) // stride, (w - kernel) // stride
    out = np.empty((n, c, h_out, w_out))
    for i in range(h_out):
        for j in range(w_out):
            out[:, :, i, j] = x[:, :, i * stride:i * stride + kernel, j * stride:j * stride + kernel].mean(axis=(2, 3))
    return out
