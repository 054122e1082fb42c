"""Never checks that there were rows, so an empty stream fails with a TypeError instead of a ValueError.

Hint: 2
"""
import numpy as np


def running_mean_var(batches):
    count, mean, m2 = 0, None, None
    for batch in batches:
        b = np.asarray(batch, dtype=float)
        n_b = b.shape[0]
        if n_b == 0:
            continue
        mean_b = b.mean(axis=0)
        m2_b = ((b - mean_b) ** 2).sum(axis=0)
        if count == 0:
            count, mean, m2 = n_b, mean_b, m2_b
            continue
        n = count + n_b
        delta = mean_b - mean
        mean = mean + delta * (n_b / n)
        m2 = m2 + m2_b + delta ** 2 * (count * n_b / n)
        count = n
    return mean, m2 / count, count
