"""With k >= C returns the caller's array itself instead of a copy."""
import numpy as np


def top_k_filter(logits, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    if k >= logits.shape[-1]:
        return logits
    threshold = np.sort(logits, axis=-1)[..., -k][..., None]
    return np.where(logits < threshold, -np.inf, logits)
