"""Divides the raw dot products by the outer product of the norms, then a log-softmax per row."""
import numpy as np


def info_nce_loss(queries, keys, temperature=0.1):
    q = np.asarray(queries, dtype=float)
    k = np.asarray(keys, dtype=float)
    if q.shape != k.shape or q.ndim != 2:
        raise ValueError("queries and keys must have one shape (N, D)")
    cos = (q @ k.T) / np.outer(np.linalg.norm(q, axis=1), np.linalg.norm(k, axis=1))
    logits = cos / temperature
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
    n = len(q)
    return float(-log_p[np.arange(n), np.arange(n)].mean())
