import numpy as np


def grouped_query_attention(q, k, v, causal=False):
    """Grouped-query attention: query head h uses key/value head h // (Hq // Hkv).

    q: float array (B, Hq, T, d); k, v: float arrays (B, Hkv, T, d), Hkv dividing Hq.
    causal: if True, query i attends only to keys j <= i.
    Returns a new float array (B, Hq, T, d). Raises ValueError if Hkv does not divide Hq.
    """
    q, k, v = (np.asarray(a, dtype=float) for a in (q, k, v))
    B, Hq, T, d = q.shape
    Hkv = k.shape[1]
    if Hq % Hkv != 0:
        raise ValueError(f"{Hq} query heads cannot be grouped over {Hkv} key/value heads")
    group = Hq // Hkv
    k = np.repeat(k, group, axis=1)  # head h of the result is key head h // group
    v = np.repeat(v, group, axis=1)
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(d)  # (B, Hq, T, T)
    if causal:
        allowed = np.tril(np.ones((T, T), dtype=bool))  # j <= i
        scores = np.where(allowed, scores, -np.inf)
    scores = scores - scores.max(axis=-1, keepdims=True)  # stable softmax over the keys
    weights = np.exp(scores)
    weights = weights / weights.sum(axis=-1, keepdims=True)
    return weights @ v
