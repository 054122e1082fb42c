"""Explicit 2 x 2 rotation matrices for every (position, pair), applied with einsum to x viewed as (..., T, d/2, 2)."""
import numpy as np


def apply_rope(x, positions, base=10000.0):
    x = np.asarray(x, dtype=float)
    d = x.shape[-1]
    theta = np.asarray(positions, dtype=float)[:, None] * base ** (-2.0 * np.arange(d // 2) / d)
    c, s = np.cos(theta), np.sin(theta)
    rot = np.stack([np.stack([c, -s], axis=-1), np.stack([s, c], axis=-1)], axis=-2)  # (T, d/2, 2, 2)
    pairs = x.reshape(x.shape[:-1] + (d // 2, 2))
    return np.einsum("tirc,...tic->...tir", rot, pairs).reshape(x.shape)
