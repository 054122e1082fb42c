"""Grows the cache by resizing the caller's array in place (ndarray.resize), changing the cache passed in.

Hint: 1
"""
import numpy as np


def attend_with_cache(q_t, k_t, v_t, cache_k, cache_v):
    if cache_k.shape[-2] != cache_v.shape[-2]:
        raise ValueError("caches of different lengths")
    T = cache_k.shape[-2]
    shape = cache_k.shape[:-2] + (T + 1, cache_k.shape[-1])
    old_k, old_v = cache_k.copy(), cache_v.copy()
    cache_k.resize(shape, refcheck=False)
    cache_v.resize(shape, refcheck=False)
    cache_k[...] = np.concatenate([old_k, k_t], axis=-2)
    cache_v[...] = np.concatenate([old_v, v_t], axis=-2)
    s = q_t @ np.swapaxes(cache_k, -1, -2) / np.sqrt(q_t.shape[-1])
    w = np.exp(s - s.max(axis=-1, keepdims=True))
    w = w / w.sum(axis=-1, keepdims=True)
    return w @ cache_v, cache_k, cache_v
