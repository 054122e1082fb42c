"""Exponentiates the scores without subtracting the maximum: exp overflows for large scores.

Hint: 2
"""
import numpy as np


def attend_with_cache(q_t, k_t, v_t, cache_k, cache_v):
    if cache_k.shape[-2] != cache_v.shape[-2]:
        raise ValueError("caches of different lengths")
    new_k = np.concatenate([cache_k, k_t], axis=-2)
    new_v = np.concatenate([cache_v, v_t], axis=-2)
    s = q_t @ np.swapaxes(new_k, -1, -2) / np.sqrt(q_t.shape[-1])
    w = np.exp(s)
    w = w / w.sum(axis=-1, keepdims=True)
    return w @ new_v, new_k, new_v
