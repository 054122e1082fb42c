import numpy as np


def top_p_filter(logits, p):
    """Nucleus (top-p) filtering of every row (last axis): keep the most probable entries until
    their probabilities sum to at least p, set the others to -inf.

    logits: float array of shape (..., C), finite or -inf, at least one finite entry per row.
    p: float with 0 < p <= 1. Probabilities are softmax(logits) along the last axis.
    An entry is kept when the total probability of the entries strictly more probable than it
    is < p; so the top entry is always kept, and ties with the last kept entry are kept too.
    p = 1 keeps every entry (a copy). Returns a new float array of the same shape.
    Raises ValueError unless 0 < p <= 1.
    """
    if not 0 < p <= 1:
        raise ValueError(f"p must be in (0, 1], got {p}")
    z = np.array(logits, dtype=float)  # a copy: the caller's logits are never changed
    if p == 1:
        return z
    e = np.exp(z - z.max(axis=-1, keepdims=True))  # stable softmax; exp(-inf) = 0
    probs = e / e.sum(axis=-1, keepdims=True)
    ranked = -np.sort(-probs, axis=-1)  # each row in decreasing order
    before = np.cumsum(ranked, axis=-1)
    before = np.concatenate([np.zeros_like(before[..., :1]), before[..., :-1]], axis=-1)  # mass strictly ahead
    n_keep = (before < p).sum(axis=-1, keepdims=True)  # a prefix of the ranking; at least 1 since before[0] = 0
    threshold = np.take_along_axis(ranked, n_keep - 1, axis=-1)  # probability of the last kept entry
    z[probs < threshold] = -np.inf
    return z
