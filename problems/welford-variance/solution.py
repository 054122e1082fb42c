import numpy as np


def running_mean_var(batches):
    """Mean and biased variance over all rows of a stream of batches, read once.

    batches: iterable of float arrays (n_i, D), n_i >= 0, all with the same D.
    Returns (mean, var, count): mean and var float arrays (D,), var = mean squared deviation
    (ddof=0), count the total number of rows (int).
    Raises ValueError when there are no rows at all, or when two batches disagree on D.
    """
    count, mean, m2 = 0, None, None
    for batch in batches:
        b = np.asarray(batch, dtype=float)
        n_b = b.shape[0]
        if n_b == 0:
            continue  # an empty batch adds nothing (and its mean would be nan)
        mean_b = b.mean(axis=0)
        m2_b = ((b - mean_b) ** 2).sum(axis=0)  # deviations from the batch's own mean: no cancellation
        if count == 0:
            count, mean, m2 = n_b, mean_b, m2_b
            continue
        if mean_b.shape != mean.shape:
            raise ValueError("a batch has a different number of features than the earlier ones")
        n = count + n_b
        delta = mean_b - mean
        mean = mean + delta * (n_b / n)  # Chan et al.'s merge of two groups
        m2 = m2 + m2_b + delta ** 2 * (count * n_b / n)
        count = n
    if count == 0:
        raise ValueError("no rows: the mean and variance of nothing are undefined")
    return mean, m2 / count, count
