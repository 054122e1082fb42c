"""Casts every input to float32 at the top, so the returned caches are float32 too."""
import numpy as np


def attend_with_cache(q_t, k_t, v_t, cache_k, cache_v):
    q_t, k_t, v_t, cache_k, cache_v = (np.asarray(a, dtype=np.float32) for a in (q_t, k_t, v_t, cache_k, cache_v))
    if cache_k.shape[-2] != cache_v.shape[-2]:
        raise ValueError("cache_k and cache_v hold different numbers of positions")
    new_k = np.concatenate([cache_k, k_t], axis=-2)
    new_v = np.concatenate([cache_v, v_t], axis=-2)
    s = q_t @ np.swapaxes(new_k, -1, -2) / np.sqrt(np.float32(q_t.shape[-1]))
    w = np.exp(s - s.max(axis=-1, keepdims=True))
    w = w / w.sum(axis=-1, keepdims=True)
    return w @ new_v, new_k, new_v
