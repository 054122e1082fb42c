"""Does not handle k > C: indexing the sorted row at -k raises IndexError."""
import numpy as np


def top_k_filter(logits, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    z = np.asarray(logits, dtype=float)
    threshold = np.sort(z, axis=-1)[..., -k][..., None]
    return np.where(z < threshold, -np.inf, z)
