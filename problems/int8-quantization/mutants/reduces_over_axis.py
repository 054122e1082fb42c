"""Takes the maximum over `axis` itself, giving one scale per index of the other axes instead of per index of `axis`.

Hint: 2
"""
import numpy as np


def quantize_int8(x, axis=None):
    x = np.asarray(x, dtype=float)
    if axis is None:
        top = float(np.max(np.abs(x)))
        scale = top / 127 if top > 0 else 1.0
        q = np.clip(np.round(x / scale), -127, 127).astype(np.int8)
        return q, scale
    top = np.abs(x).max(axis=axis)
    scale = np.where(top > 0, top / 127, 1.0)
    q = np.clip(np.round(x / np.expand_dims(scale, axis)), -127, 127).astype(np.int8)
    return q, scale
