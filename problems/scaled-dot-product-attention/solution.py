import numpy as np


def attention(q, k, v, mask=None):
    """Scaled dot-product attention over the last two axes.

    q: float array (..., Tq, d); k: float array (..., Tk, d); v: float array (..., Tk, dv).
    mask: None, or a boolean array broadcastable to (..., Tq, Tk), True where query i may
    attend to key j (every query has at least one allowed key).
    Returns (out, weights): out (..., Tq, dv) and weights (..., Tq, Tk), where
    weights = softmax(q k^T / sqrt(d)) over the last axis, exactly 0 where mask is False.
    """
    q = np.asarray(q, dtype=float)
    k = np.asarray(k, dtype=float)
    v = np.asarray(v, dtype=float)
    d = q.shape[-1]
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(d)  # (..., Tq, Tk): swap only the last two axes
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)  # exp(-inf) = 0: blocked keys get weight exactly 0
    scores = scores - scores.max(axis=-1, keepdims=True)  # stable: every exponent <= 0
    weights = np.exp(scores)
    weights = weights / weights.sum(axis=-1, keepdims=True)
    return weights @ v, weights
