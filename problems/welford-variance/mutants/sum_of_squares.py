"""Keeps running sums of x and x^2 and returns mean(x^2) - mean(x)^2, which cancels catastrophically for data like 1e8 + noise.

Hint: 1
"""
import numpy as np


def running_mean_var(batches):
    count, s, s2 = 0, 0.0, 0.0
    for batch in batches:
        b = np.asarray(batch, dtype=float)
        count += b.shape[0]
        s = s + b.sum(axis=0)
        s2 = s2 + (b ** 2).sum(axis=0)
    if count == 0:
        raise ValueError("no rows")
    mean = s / count
    return mean, s2 / count - mean ** 2, count
