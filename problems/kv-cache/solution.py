import numpy as np


def attend_with_cache(q_t, k_t, v_t, cache_k, cache_v):
    """One decoding step of causal attention with a key/value cache.

    q_t, k_t, v_t: float arrays (..., 1, d), the newest position.
    cache_k, cache_v: float arrays (..., T, d) with T >= 0, the earlier positions.
    Returns (out, new_cache_k, new_cache_v): out (..., 1, d) is the attention of q_t over all
    T + 1 positions; the new caches (..., T + 1, d) are new arrays with k_t, v_t appended.
    Raises ValueError when the two caches hold different numbers of positions.
    """
    q_t, k_t, v_t, cache_k, cache_v = (np.asarray(a, dtype=float) for a in (q_t, k_t, v_t, cache_k, cache_v))
    if cache_k.shape[-2] != cache_v.shape[-2]:
        raise ValueError("cache_k and cache_v hold different numbers of positions")
    new_k = np.concatenate([cache_k, k_t], axis=-2)  # (..., T + 1, d), a new array
    new_v = np.concatenate([cache_v, v_t], axis=-2)
    scores = q_t @ np.swapaxes(new_k, -1, -2) / np.sqrt(q_t.shape[-1])  # (..., 1, T + 1)
    scores = scores - scores.max(axis=-1, keepdims=True)  # stable softmax over the positions
    weights = np.exp(scores)
    weights = weights / weights.sum(axis=-1, keepdims=True)
    return weights @ new_v, new_k, new_v
