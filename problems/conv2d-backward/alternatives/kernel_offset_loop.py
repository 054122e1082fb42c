"""Loops over the kernel offsets (u, v) instead of the output positions, with einsum on strided slices."""
import numpy as np


def conv2d_backward(dout, x, w, stride=1, padding=0):
    n, c_in, h, wd = x.shape
    c_out, _, kh, kw = w.shape
    ho, wo = dout.shape[2:]
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    dxp = np.zeros_like(xp)
    dw = np.empty_like(w, dtype=float)
    for u in range(kh):
        for v in range(kw):
            rows = slice(u, u + stride * (ho - 1) + 1, stride)
            cols = slice(v, v + stride * (wo - 1) + 1, stride)
            dw[:, :, u, v] = np.einsum("noij,ncij->oc", dout, xp[:, :, rows, cols])
            dxp[:, :, rows, cols] += np.einsum("noij,oc->ncij", dout, w[:, :, u, v])
    return [dxp[:, :, padding:padding + h, padding:padding + wd].copy(), dw, np.einsum("noij->o", dout)]
