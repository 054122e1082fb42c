"""Rescales the running weighted sum of values when the maximum grows but not the running sum of weights.

Hint: 2
"""
import numpy as np


def online_attention(q, kv_chunks):
    q = np.asarray(q, dtype=float)
    inv_sqrt_d = 1.0 / np.sqrt(q.shape[0])
    running_max = -np.inf      # the largest score seen so far
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
        running_sum = running_sum + weights.sum()
        contribution = weights @ v
        acc = contribution if acc is None else acc * correction + contribution
        running_max = new_max
    if acc is None:
        raise ValueError("online_attention needs at least one key")
    return acc / running_sum
