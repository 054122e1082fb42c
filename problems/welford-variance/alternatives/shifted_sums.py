"""Sums of x - K and (x - K)^2 with the shift K taken from the first row (the shifted-data algorithm)."""
import numpy as np


def running_mean_var(batches):
    shift, n, s, s2 = None, 0, 0.0, 0.0
    for batch in batches:
        b = np.asarray(batch, dtype=float)
        if b.shape[0] == 0:
            continue
        if shift is None:
            shift = b[0].copy()
        y = b - shift  # broadcasting raises ValueError when D differs
        n += b.shape[0]
        s = s + y.sum(axis=0)
        s2 = s2 + (y * y).sum(axis=0)
    if n == 0:
        raise ValueError("no rows")
    mean_y = s / n
    return shift + mean_y, s2 / n - mean_y ** 2, n
