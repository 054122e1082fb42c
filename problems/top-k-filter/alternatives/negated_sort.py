"""Sorts the negated logits so index k - 1 is the k-th largest; integer-like k and masks via np.putmask."""
import numpy as np


def top_k_filter(logits, k):
    k = int(k)
    if k < 1:
        raise ValueError("k < 1")
    out = np.array(logits, dtype=float, copy=True)
    k = min(k, out.shape[-1])
    threshold = -np.sort(-out, axis=-1)[..., k - 1 : k]
    np.putmask(out, out < threshold, -np.inf)
    return out
