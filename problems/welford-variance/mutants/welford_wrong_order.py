"""Row-by-row Welford that updates the mean first and then adds (x - new_mean)^2 instead of (x - old_mean)(x - new_mean)."""
import numpy as np


def running_mean_var(batches):
    count, mean, m2 = 0, None, None
    for batch in batches:
        for x in np.asarray(batch, dtype=float):
            if mean is None:
                mean, m2 = np.zeros_like(x), np.zeros_like(x)
            count += 1
            mean = mean + (x - mean) / count
            m2 = m2 + (x - mean) ** 2
    if count == 0:
        raise ValueError("no rows")
    return mean, m2 / count, count
