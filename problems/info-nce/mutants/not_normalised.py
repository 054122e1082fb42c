"""Uses the raw dot products q @ k.T without scaling the rows to unit length.

Hint: 1
"""
import numpy as np


def info_nce_loss(queries, keys, temperature=0.1):
    q = np.asarray(queries, dtype=float)
    k = np.asarray(keys, dtype=float)
    if q.ndim != 2 or q.shape != k.shape:
        raise ValueError("queries and keys must have one shape (N, D)")
    logits = q @ k.T / temperature
    m = logits.max(axis=1, keepdims=True)
    lse = m[:, 0] + np.log(np.exp(logits - m).sum(axis=1))
    return float(np.mean(lse - np.diagonal(logits)))
