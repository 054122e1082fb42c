"""Compares in log space: z_j - max(z) >= log(min_p), with log(0) = -inf keeping everything."""
import numpy as np


def min_p_filter(logits, min_p):
    if min_p < 0 or min_p > 1:
        raise ValueError("min_p out of range")
    z = np.array(logits, dtype=float)
    with np.errstate(divide="ignore"):
        log_bar = np.log(min_p)
    keep = (z - np.max(z, axis=-1, keepdims=True)) >= log_bar
    z[~keep] = -np.inf
    return z
