"""Divides the caller's x by the scale in place (x /= scale), overwriting the input."""
import numpy as np


def quantize_int8(x, axis=None):
    if axis is None:
        top = float(np.max(np.abs(x)))
        scale = top / 127 if top > 0 else 1.0
        x /= scale
        return np.clip(np.round(x), -127, 127).astype(np.int8), scale
    others = tuple(i for i in range(x.ndim) if i != axis % x.ndim)
    top = np.abs(x).max(axis=others, keepdims=True)
    scale = np.where(top > 0, top / 127, 1.0)
    x /= scale
    return np.clip(np.round(x), -127, 127).astype(np.int8), scale.reshape(-1)
