"""A Python loop over the rows of a 2-D view, with the ratio computed per row."""
import numpy as np


def min_p_filter(logits, min_p):
    if not 0 <= min_p <= 1:
        raise ValueError("min_p must lie in [0, 1]")
    z = np.asarray(logits, dtype=float)
    out = z.reshape(-1, z.shape[-1]).copy()
    for row in out:
        top = row.max()
        row[np.exp(row - top) < min_p] = -np.inf
    return out.reshape(z.shape)
