"""Leaves the scale of an all-zero slice at 0 instead of 1.0 (and divides 0 by 0).

Hint: 1
"""
import numpy as np


def quantize_int8(x, axis=None):
    x = np.asarray(x, dtype=float)
    if axis is None:
        top = float(np.max(np.abs(x)))
        scale = top / 127
        with np.errstate(invalid="ignore"):
            q = np.nan_to_num(np.clip(np.round(x / scale), -127, 127)).astype(np.int8)
        return q, scale
    moved = np.moveaxis(x, axis, 0)                          # validates axis; negative axes as in numpy
    top = np.abs(moved).reshape(moved.shape[0], -1).max(axis=1)
    scale = top / 127
    shape = [1] * x.ndim
    shape[axis] = -1
    with np.errstate(invalid="ignore"):
        q = np.nan_to_num(np.clip(np.round(x / scale.reshape(shape)), -127, 127)).astype(np.int8)
    return q, scale
