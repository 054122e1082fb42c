"""Sets the filtered entries to 0 instead of -inf (a logit of 0 still has positive probability)."""
import numpy as np


def top_k_filter(logits, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    z = np.array(logits, dtype=float)
    if k >= z.shape[-1]:
        return z
    threshold = np.sort(z, axis=-1)[..., -k][..., None]
    return np.where(z < threshold, 0.0, z)
