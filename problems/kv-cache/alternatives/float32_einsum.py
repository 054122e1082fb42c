"""float32 einsum over the appended caches (the returned caches stay in the caller's float64)."""
import numpy as np


def attend_with_cache(q_t, k_t, v_t, cache_k, cache_v):
    if cache_k.shape[-2] != cache_v.shape[-2]:
        raise ValueError("cache_k and cache_v hold different numbers of positions")
    new_k = np.concatenate((cache_k, k_t), axis=-2)
    new_v = np.concatenate((cache_v, v_t), axis=-2)
    q32, k32, v32 = (a.astype(np.float32) for a in (q_t, new_k, new_v))
    s = np.einsum("...qd,...kd->...qk", q32, k32) / np.float32(np.sqrt(q_t.shape[-1]))
    w = np.exp(s - s.max(axis=-1, keepdims=True))
    return np.einsum("...qk,...kd->...qd", w / w.sum(axis=-1, keepdims=True), v32), new_k, new_v
