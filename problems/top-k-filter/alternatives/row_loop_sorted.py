"""A Python loop over the rows, with sorted() in decreasing order and a boolean mask per row."""
import numpy as np


def top_k_filter(logits, k):
    if k < 1:
        raise ValueError("k must be positive")
    z = np.asarray(logits, dtype=float)
    rows = z.reshape(-1, z.shape[-1])
    out = np.empty_like(rows)
    for i, row in enumerate(rows):
        ordered = sorted(row.tolist(), reverse=True)
        threshold = ordered[min(k, len(ordered)) - 1]
        out[i] = row
        out[i][row < threshold] = -np.inf
    return out.reshape(z.shape)
