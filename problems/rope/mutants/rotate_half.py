"""Pairs x[i] with x[i + d/2] (the split-halves rotate_half convention) instead of neighbours x[2i], x[2i+1].

Hint: 2
"""
import numpy as np


def apply_rope(x, positions, base=10000.0):
    d = x.shape[-1]
    inv_freq = base ** (-np.arange(0, d, 2) / d)
    angles = np.asarray(positions)[:, None] * inv_freq
    angles = np.concatenate([angles, angles], axis=-1)
    rotated = np.concatenate([-x[..., d // 2:], x[..., : d // 2]], axis=-1)
    return x * np.cos(angles) + rotated * np.sin(angles)
