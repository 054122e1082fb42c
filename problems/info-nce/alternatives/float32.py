"""The normalise-then-matmul form computed in float32."""
import numpy as np


def info_nce_loss(queries, keys, temperature=0.1):
    q = np.asarray(queries, dtype=np.float32)
    k = np.asarray(keys, dtype=np.float32)
    if q.shape != k.shape or q.ndim != 2:
        raise ValueError("queries and keys must have one shape (N, D)")
    q = q / np.sqrt(np.sum(q * q, axis=1, keepdims=True))
    k = k / np.sqrt(np.sum(k * k, axis=1, keepdims=True))
    logits = (q @ k.T) / np.float32(temperature)
    m = logits.max(axis=1, keepdims=True)
    lse = m[:, 0] + np.log(np.exp(logits - m).sum(axis=1))
    return float(np.mean(lse - np.diagonal(logits)))
