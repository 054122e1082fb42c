import numpy as np


def top_k_filter(logits, k):
    """Keep the k largest logits of every row (last axis), set the others to -inf.

    logits: float array of shape (..., C). k: int >= 1.
    An entry is kept when it is >= the k-th largest value of its row (duplicates counted), so
    entries tied with the k-th largest are all kept. k >= C keeps everything (a copy).
    Returns a new float array of the same shape. Raises ValueError if k < 1.
    """
    if k < 1:
        raise ValueError(f"k must be at least 1, got {k}")
    z = np.array(logits, dtype=float)  # a copy: the caller's logits are never changed
    C = z.shape[-1]
    if k >= C:
        return z
    kth = np.sort(z, axis=-1)[..., C - k : C - k + 1]  # the k-th largest of each row, kept as (..., 1)
    z[z < kth] = -np.inf
    return z
