"""dequantize_int8 multiplies by the per-channel scales without reshaping them, so they line up with the last axis.

Hint: 3
"""
import numpy as np


def dequantize_int8(q, scale, axis=None):
    q = np.asarray(q).astype(np.float64)
    if axis is None:
        return q * float(scale)
    shape = [1] * q.ndim
    shape[axis] = -1
    return q * np.asarray(scale, dtype=np.float64)
