import numpy as np


def info_nce_loss(queries, keys, temperature=0.1):
    """InfoNCE contrastive loss: row i of queries should match row i of keys.

    queries, keys: float arrays (N, D) with nonzero rows; temperature > 0.
    Returns a float: the mean over i of the cross-entropy of softmax(logits[i]) at i, where
    logits = normalised queries @ normalised keys.T / temperature, shape (N, N).
    """
    q = np.asarray(queries, dtype=float)
    k = np.asarray(keys, dtype=float)
    if q.ndim != 2 or q.shape != k.shape:
        raise ValueError(f"queries {q.shape} and keys {k.shape} must both be (N, D)")
    q = q / np.linalg.norm(q, axis=-1, keepdims=True)
    k = k / np.linalg.norm(k, axis=-1, keepdims=True)
    logits = q @ k.T / temperature
    m = logits.max(axis=-1, keepdims=True)
    log_p = logits - m - np.log(np.exp(logits - m).sum(axis=-1, keepdims=True))
    return float(-np.mean(np.diagonal(log_p)))
