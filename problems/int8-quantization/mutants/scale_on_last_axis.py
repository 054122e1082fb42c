"""Divides x by the per-channel scales without reshaping them, so they line up with the last axis instead of `axis`.

Hint: 3
"""
import numpy as np


def quantize_int8(x, axis=None):
    x = np.asarray(x, dtype=float)
    if axis is None:
        top = float(np.max(np.abs(x)))
        scale = top / 127 if top > 0 else 1.0
        q = np.clip(np.round(x / scale), -127, 127).astype(np.int8)
        return q, scale
    moved = np.moveaxis(x, axis, 0)                          # validates axis; negative axes as in numpy
    top = np.abs(moved).reshape(moved.shape[0], -1).max(axis=1)
    scale = np.where(top > 0, top / 127, 1.0)
    shape = [1] * x.ndim
    shape[axis] = -1
    q = np.clip(np.round(x / scale), -127, 127).astype(np.int8)
    return q, scale
