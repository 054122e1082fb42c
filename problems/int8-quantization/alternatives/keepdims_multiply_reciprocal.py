"""np.max over a tuple of the other axes with keepdims, and x * (127 / max|x|) instead of x / scale."""
import numpy as np


def quantize_int8(x, axis=None):
    x = np.asarray(x, dtype=np.float64)
    if axis is None:
        top = np.abs(x).max()
        if top == 0:
            return np.zeros(x.shape, dtype=np.int8), 1.0
        return np.clip(np.rint(x * (127 / top)), -127, 127).astype(np.int8), top / 127
    axis = axis + x.ndim if axis < 0 else axis
    others = tuple(i for i in range(x.ndim) if i != axis)
    top = np.abs(x).max(axis=others, keepdims=True)
    safe = np.where(top > 0, top, 127.0)
    q = np.clip(np.rint(x * (127 / safe)), -127, 127).astype(np.int8)
    return q, (safe / 127).reshape(-1)


def dequantize_int8(q, scale, axis=None):
    q = np.asarray(q, dtype=np.float64)
    if axis is None:
        return q * scale
    return q * np.expand_dims(np.asarray(scale, dtype=np.float64), tuple(i for i in range(q.ndim) if i != axis % q.ndim))
