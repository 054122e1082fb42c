"""A loop over the cached positions with a running maximum and sum (online softmax), then np.append for the caches."""
import math

import numpy as np


def attend_with_cache(q_t, k_t, v_t, cache_k, cache_v):
    if np.shape(cache_k)[-2] != np.shape(cache_v)[-2]:
        raise ValueError("cache_k and cache_v hold different numbers of positions")
    new_k = np.append(cache_k, k_t, axis=-2)
    new_v = np.append(cache_v, v_t, axis=-2)
    lead, d = np.shape(q_t)[:-2], np.shape(q_t)[-1]
    out = np.empty(lead + (1, new_v.shape[-1]))
    for idx in np.ndindex(*lead):
        q = q_t[idx][0]
        m, total, acc = -math.inf, 0.0, np.zeros(new_v.shape[-1])
        for j in range(new_k.shape[-2]):
            s = float(q @ new_k[idx][j]) / math.sqrt(d)
            if s > m:
                total, acc = total * math.exp(m - s), acc * math.exp(m - s)
                m = s
            e = math.exp(s - m)
            total += e
            acc = acc + e * new_v[idx][j]
        out[idx][0] = acc / total
    return out, new_k, new_v
