"""Pads the input but computes the output size as (H - KH) // stride + 1, leaving padding out."""
import numpy as np


def conv2d(x, w, b, stride=1, padding=0):
    n, _, h, wd = x.shape
    c_out, _, kh, kw = w.shape
    h_out = (h - kh) // stride + 1
    w_out = (wd - kw) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.empty((n, c_out, h_out, w_out))
    for i in range(h_out):
        for j in range(w_out):
            patch = xp[:, :, i * stride:i * stride + kh, j * stride:j * stride + kw]
            out[:, :, i, j] = np.einsum("nchw,ochw->no", patch, w)
    return out + b[:, None, None]
