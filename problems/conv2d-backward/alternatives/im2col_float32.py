"""im2col in float32: windows as rows of a matrix, dw = dout^T P, dx scattered back from dout W (col2im)."""
import numpy as np


def conv2d_backward(dout, x, w, stride=1, padding=0):
    n, c_in, h, wd = x.shape
    c_out, _, kh, kw = w.shape
    ho, wo = dout.shape[2:]
    xp = np.pad(x.astype(np.float32), ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    cols = np.empty((n, ho, wo, c_in * kh * kw), dtype=np.float32)
    for i in range(ho):
        for j in range(wo):
            cols[:, i, j] = xp[:, :, i * stride:i * stride + kh, j * stride:j * stride + kw].reshape(n, -1)
    P = cols.reshape(-1, c_in * kh * kw)
    G = dout.astype(np.float32).transpose(0, 2, 3, 1).reshape(-1, c_out)  # rows in (n, i, j) order
    W = w.astype(np.float32).reshape(c_out, -1)
    dw = (G.T @ P).reshape(w.shape)
    dcols = (G @ W).reshape(n, ho, wo, c_in, kh, kw)
    dxp = np.zeros(xp.shape, dtype=np.float32)
    for i in range(ho):
        for j in range(wo):
            dxp[:, :, i * stride:i * stride + kh, j * stride:j * stride + kw] += dcols[:, i, j]
    return dxp[:, :, padding:padding + h, padding:padding + wd], dw, G.sum(axis=0)
