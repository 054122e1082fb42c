"""A loop over the queries, each one's logits against all keys, with a shifted log-sum-exp."""
import numpy as np


def info_nce_loss(queries, keys, temperature=0.1):
    if np.shape(queries) != np.shape(keys) or np.ndim(queries) != 2:
        raise ValueError("queries and keys must have one shape (N, D)")
    k = keys / np.linalg.norm(keys, axis=1)[:, None]
    losses = []
    for i, qi in enumerate(queries):
        logits = k @ (qi / np.linalg.norm(qi)) / temperature
        m = logits.max()
        losses.append(m + np.log(np.sum(np.exp(logits - m))) - logits[i])
    return float(np.mean(losses))
