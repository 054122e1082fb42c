"""np.linalg.norm along the last axis, in float32."""
import numpy as np


def triplet_loss(anchor, positive, negative, margin=1.0):
    a, p, n = (np.asarray(x, dtype=np.float32) for x in (anchor, positive, negative))
    if not (a.ndim == 2 and a.shape == p.shape == n.shape):
        raise ValueError("anchor, positive and negative must have one (N, D) shape")
    hinge = np.linalg.norm(a - p, axis=-1) - np.linalg.norm(a - n, axis=-1) + np.float32(margin)
    return float(np.clip(hinge, 0, None).mean())
