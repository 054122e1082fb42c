import numpy as np


def quantize_int8(x, axis=None):
    """Symmetric int8 quantisation, per tensor (axis=None) or per index of `axis`.

    scale = max|x| / 127 over the whole array (a float) or over each slice x[..., i, ...] along
    `axis` (an array of shape (x.shape[axis],)); an all-zero slice has scale 1.0.
    q = clip(round_half_even(x / scale), -127, 127) as int8, same shape as x.
    Returns (q, scale).
    """
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
    q = np.clip(np.round(x / scale.reshape(shape)), -127, 127).astype(np.int8)
    return q, scale


def dequantize_int8(q, scale, axis=None):
    """q * scale as float64; with `axis`, scale[i] multiplies the slice at index i along that axis."""
    q = np.asarray(q).astype(np.float64)
    if axis is None:
        return q * float(scale)
    shape = [1] * q.ndim
    shape[axis] = -1
    return q * np.asarray(scale, dtype=np.float64).reshape(shape)
