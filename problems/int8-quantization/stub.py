import numpy as np


def quantize_int8(x, axis=None):
    """Symmetric int8 quantisation, per tensor (axis=None) or per index of `axis`.

    scale = max|x| / 127 over the whole array (a float) or over each slice x[..., i, ...] along
    `axis` (an array of shape (x.shape[axis],)); an all-zero slice has scale 1.0.
    q = clip(round_half_even(x / scale), -127, 127) as int8, same shape as x.
    Returns (q, scale).
    """
    raise NotImplementedError


def dequantize_int8(q, scale, axis=None):
    """q * scale as float64; with `axis`, scale[i] multiplies the slice at index i along that axis."""
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    q, scale = quantize_int8(np.array([0.5, -1.27, 0.0, 1.0]))
    print(q, scale)
    print(dequantize_int8(q, scale))
