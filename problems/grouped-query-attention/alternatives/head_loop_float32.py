"""float32, a Python loop over query heads that indexes kv head h // g, with einsum per head."""
import numpy as np


def grouped_query_attention(q, k, v, causal=False):
    q, k, v = (np.asarray(a, dtype=np.float32) for a in (q, k, v))
    B, Hq, T, d = q.shape
    Hkv = k.shape[1]
    if Hq % Hkv != 0:
        raise ValueError("Hkv must divide Hq")
    g = Hq // Hkv
    out = np.empty_like(q)
    blocked = np.triu(np.ones((T, T), dtype=bool), k=1)
    for h in range(Hq):
        s = np.einsum("bid,bjd->bij", q[:, h], k[:, h // g]) / np.float32(np.sqrt(d))
        if causal:
            s[:, blocked] = -np.inf
        w = np.exp(s - s.max(axis=-1, keepdims=True))
        out[:, h] = np.einsum("bij,bjd->bid", w / w.sum(axis=-1, keepdims=True), v[:, h // g])
    return out
