"""dequantize_int8 returns float32 instead of float64."""
import numpy as np


def dequantize_int8(q, scale, axis=None):
    q = np.asarray(q).astype(np.float32)
    if axis is None:
        return q * np.float32(scale)
    shape = [1] * q.ndim
    shape[axis] = -1
    return q * np.asarray(scale, dtype=np.float32).reshape(shape)
