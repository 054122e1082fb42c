import numpy as np


def min_p_filter(logits, min_p):
    """Min-p filtering along the last axis: drop entries whose probability is below
    min_p times the row's largest probability (they become -inf).

    logits: float array (..., V), finite or -inf, at least one finite entry per row.
    min_p: float in [0, 1]. Since q_j / max(q) = exp(z_j - max(z)), an entry is kept when
    exp(z_j - max(z)) >= min_p. Returns a new float array of the same shape.
    Raises ValueError unless 0 <= min_p <= 1.
    """
    if not 0 <= min_p <= 1:
        raise ValueError(f"min_p must be in [0, 1], got {min_p}")
    z = np.asarray(logits, dtype=float)
    ratio = np.exp(z - z.max(axis=-1, keepdims=True))  # q_j / max q, in [0, 1]: no overflow
    return np.where(ratio < min_p, -np.inf, z)  # a new array; kept logits unchanged
