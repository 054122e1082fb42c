import numpy as np


def triplet_loss(anchor, positive, negative, margin=1.0):
    """Mean triplet margin loss with Euclidean (not squared) distances.

    anchor, positive, negative: float arrays of one shape (N, D); margin >= 0.
    Returns a float: mean over rows of max(0, ||a - p|| - ||a - n|| + margin).
    """
    a = np.asarray(anchor, dtype=float)
    p = np.asarray(positive, dtype=float)
    n = np.asarray(negative, dtype=float)
    if a.ndim != 2 or p.shape != a.shape or n.shape != a.shape:
        raise ValueError(f"anchor {a.shape}, positive {p.shape} and negative {n.shape} must all be one (N, D) shape")
    d_pos = np.sqrt(np.sum((a - p) ** 2, axis=-1))
    d_neg = np.sqrt(np.sum((a - n) ** 2, axis=-1))
    return float(np.mean(np.maximum(0.0, d_pos - d_neg + margin)))
