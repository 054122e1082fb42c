"""Scalar Python loops with a strict > scan (first maximum wins), float32 arrays."""
import numpy as np


def max_pool2d(x, kernel=2, stride=2):
    n, c, h, w = x.shape
    ho, wo = (h - kernel) // stride + 1, (w - kernel) // stride + 1
    out = np.empty((n, c, ho, wo), dtype=np.float32)
    for a in range(n):
        for b in range(c):
            for i in range(ho):
                for j in range(wo):
                    best = x[a, b, i * stride, j * stride]
                    for u in range(kernel):
                        for v in range(kernel):
                            if x[a, b, i * stride + u, j * stride + v] > best:
                                best = x[a, b, i * stride + u, j * stride + v]
                    out[a, b, i, j] = best
    return out


def max_pool2d_backward(dout, x, kernel=2, stride=2):
    n, c, h, w = x.shape
    dx = np.zeros(x.shape, dtype=np.float32)
    for a in range(n):
        for b in range(c):
            for i in range(dout.shape[2]):
                for j in range(dout.shape[3]):
                    r, q = i * stride, j * stride
                    for u in range(kernel):
                        for v in range(kernel):
                            if x[a, b, i * stride + u, j * stride + v] > x[a, b, r, q]:
                                r, q = i * stride + u, j * stride + v
                    dx[a, b, r, q] += dout[a, b, i, j]
    return dx
