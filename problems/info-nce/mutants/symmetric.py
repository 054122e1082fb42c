"""Averages the query-to-key loss with the key-to-query one (CLIP's symmetric loss) instead of the query-to-key direction alone."""
import numpy as np


def info_nce_loss(queries, keys, temperature=0.1):
    q = np.asarray(queries, dtype=float)
    k = np.asarray(keys, dtype=float)
    if q.ndim != 2 or q.shape != k.shape:
        raise ValueError("queries and keys must have one shape (N, D)")
    q = q / np.linalg.norm(q, axis=1, keepdims=True)
    k = k / np.linalg.norm(k, axis=1, keepdims=True)
    both = q @ k.T / temperature
    m0 = both.max(axis=0, keepdims=True)
    lse0 = m0[0] + np.log(np.exp(both - m0).sum(axis=0))
    col_loss = np.mean(lse0 - np.diagonal(both))
    logits = both
    m = logits.max(axis=1, keepdims=True)
    lse = m[:, 0] + np.log(np.exp(logits - m).sum(axis=1))
    return float((np.mean(lse - np.diagonal(logits)) + col_loss) / 2)
