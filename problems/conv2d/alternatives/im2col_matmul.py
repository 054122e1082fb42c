"""im2col: gather every window into a matrix with index arrays, then one matrix product with the flattened filters."""
import numpy as np


def conv2d(x, w, b, stride=1, padding=0):
    n, c_in, h, wd = x.shape
    c_out, _, kh, kw = w.shape
    h_out = (h + 2 * padding - kh) // stride + 1
    w_out = (wd + 2 * padding - kw) // stride + 1
    xp = np.zeros((n, c_in, h + 2 * padding, wd + 2 * padding), dtype=float)
    xp[:, :, padding:padding + h, padding:padding + wd] = x
    rows = (np.arange(h_out) * stride)[:, None] + np.arange(kh)[None, :]  # (H_out, KH)
    cols = (np.arange(w_out) * stride)[:, None] + np.arange(kw)[None, :]  # (W_out, KW)
    cols_mat = xp[:, :, rows[:, None, :, None], cols[None, :, None, :]]  # (N, C, H_out, W_out, KH, KW)
    cols_mat = cols_mat.transpose(0, 2, 3, 1, 4, 5).reshape(n * h_out * w_out, c_in * kh * kw)
    out = cols_mat @ w.reshape(c_out, -1).T + b  # (N*H_out*W_out, C_out)
    return out.reshape(n, h_out, w_out, c_out).transpose(0, 3, 1, 2)
