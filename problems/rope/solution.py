import numpy as np


def apply_rope(x, positions, base=10000.0):
    """Rotary position embedding of x, with the interleaved pairing (x[..., 2i], x[..., 2i + 1]).

    x: float array (..., T, d), d even; positions: int array (T,), the position of each of the T rows.
    Pair i of row t is rotated by the angle positions[t] * base**(-2i / d), counterclockwise:
    (a, b) -> (a cos - b sin, a sin + b cos).
    Returns a new float array of the same shape as x.
    """
    x = np.asarray(x, dtype=float)
    d = x.shape[-1]
    inv_freq = base ** (-np.arange(0, d, 2) / d)  # (d/2,): one frequency per pair
    angles = np.asarray(positions, dtype=float)[:, None] * inv_freq  # (T, d/2), broadcasts over (..., T, d/2)
    cos, sin = np.cos(angles), np.sin(angles)
    a, b = x[..., 0::2], x[..., 1::2]  # the two coordinates of every pair
    out = np.empty_like(x)
    out[..., 0::2] = a * cos - b * sin
    out[..., 1::2] = a * sin + b * cos
    return out
