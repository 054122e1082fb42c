"""Does not check that queries and keys have the same shape, so mismatched batches are not a ValueError."""
import numpy as np


def info_nce_loss(queries, keys, temperature=0.1):
    q = np.asarray(queries, dtype=float)
    k = np.asarray(keys, dtype=float)
    q = q / np.linalg.norm(q, axis=1, keepdims=True)
    k = k / np.linalg.norm(k, axis=1, keepdims=True)
    logits = q @ k.T / temperature
    m = logits.max(axis=1, keepdims=True)
    lse = m[:, 0] + np.log(np.exp(logits - m).sum(axis=1))
    return float(np.mean(lse - np.diagonal(logits)))
