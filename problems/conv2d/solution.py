import numpy as np


def conv2d(x, w, b, stride=1, padding=0):
    """2-D convolution layer (cross-correlation, as in deep-learning libraries).

    x: float array (N, C_in, H, W); w: float array (C_out, C_in, KH, KW); b: float array (C_out,).
    stride: int >= 1; padding: int >= 0 zeros added on every side of H and W.
    Returns a float array (N, C_out, H_out, W_out) with H_out = (H + 2 padding - KH) // stride + 1
    (W_out likewise).
    """
    n, _, h, wd = x.shape
    c_out, _, kh, kw = w.shape
    h_out = (h + 2 * padding - kh) // stride + 1
    w_out = (wd + 2 * padding - kw) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))  # zeros on both sides
    out = np.empty((n, c_out, h_out, w_out))
    for i in range(h_out):
        top = i * stride
        for j in range(w_out):
            left = j * stride
            patch = xp[:, :, top:top + kh, left:left + kw]  # (N, C_in, KH, KW)
            out[:, :, i, j] = np.tensordot(patch, w, axes=([1, 2, 3], [1, 2, 3]))  # (N, C_out)
    return out + b[:, None, None]  # one bias per output channel
