"""Plain nested Python loops over every index, with explicit bounds checks instead of a padded copy."""
import numpy as np


def conv2d(x, w, b, stride=1, padding=0):
    n, c_in, h, wd = x.shape
    c_out, _, kh, kw = w.shape
    h_out = (h + 2 * padding - kh) // stride + 1
    w_out = (wd + 2 * padding - kw) // stride + 1
    out = np.zeros((n, c_out, h_out, w_out))
    for img in range(n):
        for o in range(c_out):
            for i in range(h_out):
                for j in range(w_out):
                    total = b[o]
                    for u in range(kh):
                        r = i * stride + u - padding
                        if r < 0 or r >= h:
                            continue
                        for v in range(kw):
                            col = j * stride + v - padding
                            if 0 <= col < wd:
                                total += np.dot(x[img, :, r, col], w[o, :, u, v])
                    out[img, o, i, j] = total
    return out
