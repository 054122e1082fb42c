"""Hugging Face style: sort increasingly, drop entries whose running sum from the tail is <= 1 - p; ties by threshold."""
import numpy as np


def top_p_filter(logits, p):
    if p <= 0 or p > 1:
        raise ValueError("top-p needs 0 < p <= 1")
    z = np.array(logits, dtype=float)
    if p == 1:
        return z
    shifted = z - z.max(axis=-1, keepdims=True)
    q = np.exp(shifted) / np.exp(shifted).sum(axis=-1, keepdims=True)
    ascending = np.sort(q, axis=-1)
    tail = np.cumsum(ascending, axis=-1)  # mass of this entry and every less probable one
    survives = tail > 1 - p  # a suffix of the increasing order
    survives[..., -1] = True  # the top entry always survives
    n_drop = (~survives).sum(axis=-1, keepdims=True)
    threshold = np.take_along_axis(ascending, n_drop, axis=-1)  # smallest surviving probability
    return np.where(q >= threshold, z, -np.inf)
