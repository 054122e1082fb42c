"""einsum for both products, blocked scores pushed down by adding -1e9, log-sum-exp normalisation."""
import numpy as np


def attention(q, k, v, mask=None):
    q, k, v = np.asarray(q, float), np.asarray(k, float), np.asarray(v, float)
    scores = np.einsum("...qd,...kd->...qk", q, k) / np.sqrt(q.shape[-1])
    if mask is not None:
        scores = scores + np.where(mask, 0.0, -1e9)
    m = scores.max(axis=-1, keepdims=True)
    lse = m + np.log(np.exp(scores - m).sum(axis=-1, keepdims=True))
    weights = np.exp(scores - lse)
    return np.einsum("...qk,...kd->...qd", weights, v), weights
