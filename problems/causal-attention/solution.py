import numpy as np


def causal_attention(q, k, v):
    """Causal (masked) scaled dot-product attention: position i attends to positions j <= i.

    q: float array (..., T, d); k: float array (..., T, d); v: float array (..., T, dv).
    Returns out, a float array (..., T, dv): row i is the softmax(q_i . k_j / sqrt(d))-weighted
    average of the value rows v_0 .. v_i.
    """
    q = np.asarray(q, dtype=float)
    k = np.asarray(k, dtype=float)
    v = np.asarray(v, dtype=float)
    T, d = q.shape[-2], q.shape[-1]
    allowed = np.tril(np.ones((T, T), dtype=bool))  # allowed[i, j] is True for j <= i
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(d)
    scores = np.where(allowed, scores, -np.inf)  # the future gets weight exactly 0
    scores = scores - scores.max(axis=-1, keepdims=True)  # finite: the diagonal is always allowed
    weights = np.exp(scores)
    weights = weights / weights.sum(axis=-1, keepdims=True)
    return weights @ v
