"""x * cos + rotate_every_two(x) * sin, with each pair's cos and sin repeated twice (GPT-J style)."""
import numpy as np


def rotate_every_two(x):
    return np.stack([-x[..., 1::2], x[..., 0::2]], axis=-1).reshape(x.shape)


def apply_rope(x, positions, base=10000.0):
    x = np.asarray(x, dtype=float)
    d = x.shape[-1]
    inv_freq = np.exp(-np.log(base) * np.arange(0, d, 2) / d)
    angles = np.repeat(np.einsum("t,f->tf", np.asarray(positions, dtype=float), inv_freq), 2, axis=-1)  # (T, d)
    return x * np.cos(angles) + rotate_every_two(x) * np.sin(angles)
