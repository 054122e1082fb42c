"""Takes the k-th largest *distinct* value as the threshold, so duplicates do not count towards k."""
import numpy as np


def top_k_filter(logits, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    z = np.array(logits, dtype=float)
    if k >= z.shape[-1]:
        return z
    out = z.reshape(-1, z.shape[-1]).copy()
    for row in out:
        distinct = np.unique(row)  # sorted, duplicates removed
        threshold = distinct[max(len(distinct) - k, 0)]
        row[row < threshold] = -np.inf
    return out.reshape(z.shape)
