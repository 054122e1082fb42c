"""float32 throughout; interleaves by stacking (sin, cos) on a new last axis and reshaping to (T, d)."""
import numpy as np


def sinusoidal_positions(T, d):
    t = np.arange(T, dtype=np.float32)[:, None]
    freq = np.float32(10000.0) ** (-np.arange(0, d, 2, dtype=np.float32) / np.float32(d))
    angles = t * freq
    return np.stack([np.sin(angles), np.cos(angles)], axis=-1).reshape(T, d)
