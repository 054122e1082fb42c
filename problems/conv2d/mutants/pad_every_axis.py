"""Pads with np.pad(x, padding), which also pads the batch and channel axes.

Hint: 1
"""
import numpy as np


def conv2d(x, w, b, stride=1, padding=0):
    xp = np.pad(x, padding)
    n, _, hp, wp = xp.shape
    c_out, _, kh, kw = w.shape
    h_out = (hp - kh) // stride + 1
    w_out = (wp - kw) // stride + 1
    out = np.empty((n, c_out, h_out, w_out))
    for i in range(h_out):
        for j in range(w_out):
            patch = xp[:, :, i * stride:i * stride + kh, j * stride:j * stride + kw]
            out[:, :, i, j] = np.einsum("nchw,ochw->no", patch, w)
    return out + b[:, None, None]
