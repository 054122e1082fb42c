"""Never checks p, so p = 0, negative p and p > 1 return a result instead of raising ValueError."""
import numpy as np


def top_p_filter(logits, p):
    z = np.array(logits, dtype=float)
    if p >= 1:
        return z
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    q = e / e.sum(axis=-1, keepdims=True)
    ranked = -np.sort(-q, axis=-1)
    csum = np.cumsum(ranked, axis=-1)
    ahead = np.concatenate([np.zeros_like(csum[..., :1]), csum[..., :-1]], axis=-1)
    n_keep = np.maximum((ahead < p).sum(axis=-1, keepdims=True), 1)
    threshold = np.take_along_axis(ranked, n_keep - 1, axis=-1)
    return np.where(q >= threshold, z, -np.inf)
