"""Six nested scalar loops over every product of the forward pass, skipping the padding border."""
import numpy as np


def conv2d_backward(dout, x, w, stride=1, padding=0):
    n, c_in, h, wd = x.shape
    c_out, _, kh, kw = w.shape
    ho, wo = dout.shape[2], dout.shape[3]
    dx, dw, db = np.zeros(x.shape), np.zeros(w.shape), np.zeros(c_out)
    for a in range(n):
        for o in range(c_out):
            for i in range(ho):
                for j in range(wo):
                    g = dout[a, o, i, j]
                    db[o] += g
                    for u in range(kh):
                        r = i * stride + u - padding
                        if not 0 <= r < h:
                            continue
                        for v in range(kw):
                            q = j * stride + v - padding
                            if 0 <= q < wd:
                                dx[a, :, r, q] += g * w[o, :, u, v]
                                dw[o, :, u, v] += g * x[a, :, r, q]
    return dx, dw, db
