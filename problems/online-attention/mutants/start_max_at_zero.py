"""Starts the running maximum at 0 instead of minus infinity, so when every score is far below 0 all weights underflow.

Hint: 3
"""
import numpy as np


def online_attention(q, kv_chunks):
    q = np.asarray(q, dtype=float)
    inv_sqrt_d = 1.0 / np.sqrt(q.shape[0])
    running_max = 0.0
    running_sum = 0.0          # sum of exp(score - running_max) over the keys seen so far
    acc = None                 # sum of exp(score - running_max) * v, shape (dv,)
    for k, v in kv_chunks:
        k = np.asarray(k, dtype=float)
        v = np.asarray(v, dtype=float)
        if k.shape[0] != v.shape[0]:
            raise ValueError("a chunk's k and v must have the same number of rows")
        if k.shape[0] == 0:
            continue
        scores = (k @ q) * inv_sqrt_d
        new_max = max(running_max, float(scores.max()))
        correction = np.exp(running_max - new_max)        # rescales the old state; exp(-inf) = 0
        weights = np.exp(scores - new_max)
        running_sum = running_sum * correction + weights.sum()
        contribution = weights @ v
        acc = contribution if acc is None else acc * correction + contribution
        running_max = new_max
    if acc is None:
        raise ValueError("online_attention needs at least one key")
    return acc / running_sum
