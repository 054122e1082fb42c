"""Iterates over the batches twice (first to count the rows), so a stream that can be read only once comes back empty.

Hint: 1
"""
import numpy as np


def running_mean_var(batches):
    count = sum(np.shape(b)[0] for b in batches)
    if count == 0:
        raise ValueError("no rows")
    total = None
    for b in batches:
        s = np.asarray(b, dtype=float).sum(axis=0)
        total = s if total is None else total + s
    mean = total / count
    m2 = None
    for b in batches:
        s = ((np.asarray(b, dtype=float) - mean) ** 2).sum(axis=0)
        m2 = s if m2 is None else m2 + s
    return mean, m2 / count, count
