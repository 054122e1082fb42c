import numpy as np


def conv2d_backward(dout, x, w, stride=1, padding=0):
    """Gradients of conv2d(x, w, b, stride, padding) (cross-correlation, zero padding on every side).

    dout: float array (N, C_out, H_out, W_out), the gradient of the loss with respect to the output.
    x: float array (N, C_in, H, W); w: float array (C_out, C_in, KH, KW).
    Returns (dx, dw, db) with the shapes of x, w and (C_out,).
    """
    n, c_in, h, wd = x.shape
    _, _, kh, kw = w.shape
    h_out, w_out = dout.shape[2], dout.shape[3]
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    dxp = np.zeros(xp.shape)
    dw = np.zeros(w.shape)
    for i in range(h_out):
        top = i * stride
        for j in range(w_out):
            left = j * stride
            g = dout[:, :, i, j]  # (N, C_out)
            patch = xp[:, :, top:top + kh, left:left + kw]  # (N, C_in, KH, KW)
            dw += np.tensordot(g, patch, axes=([0], [0]))  # (C_out, C_in, KH, KW)
            dxp[:, :, top:top + kh, left:left + kw] += np.tensordot(g, w, axes=([1], [0]))  # (N, C_in, KH, KW)
    dx = dxp[:, :, padding:padding + h, padding:padding + wd]  # drop the gradient of the zero border
    db = dout.sum(axis=(0, 2, 3))
    return dx, dw, db
