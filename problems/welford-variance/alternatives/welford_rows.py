"""Welford's algorithm row by row: mean += (x - mean) / n, M2 += (x - old mean) * (x - new mean)."""
import numpy as np


def running_mean_var(batches):
    count, mean, m2 = 0, None, None
    for batch in batches:
        for x in np.asarray(batch, dtype=float):
            if mean is None:
                mean, m2 = np.zeros_like(x), np.zeros_like(x)
            elif x.shape != mean.shape:
                raise ValueError("batches disagree on the number of features")
            count += 1
            delta = x - mean
            mean = mean + delta / count
            m2 = m2 + delta * (x - mean)
    if count == 0:
        raise ValueError("no rows")
    return mean, m2 / count, count
