"""Works on a flat contiguous copy and divides by the step actually taken, (x + eps) - (x - eps) in floating point."""
import numpy as np


def numerical_gradient(f, x, eps=1e-5):
    point = np.ascontiguousarray(x, dtype=float).copy()
    flat = point.reshape(-1)                  # a view: point is contiguous
    grad = np.empty(flat.size)
    for i in range(flat.size):
        old = flat[i]
        hi, lo = old + eps, old - eps
        flat[i] = hi
        f_hi = f(point)
        flat[i] = lo
        f_lo = f(point)
        flat[i] = old
        grad[i] = (f_hi - f_lo) / (hi - lo)
    return grad.reshape(point.shape)
