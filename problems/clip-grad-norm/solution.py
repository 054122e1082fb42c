import numpy as np


def clip_grad_norm(grads, max_norm):
    """Clip a list of gradient arrays by their global L2 norm.

    grads: a list of float arrays (any shapes, at least 1-D), e.g. one per parameter tensor.
    max_norm: a float > 0, the largest global norm allowed.
    Returns (clipped, total_norm):
        total_norm = sqrt(sum of g**2 over every entry of every array), measured BEFORE clipping
        clipped    = a list of NEW arrays, each g * min(1, max_norm / (total_norm + 1e-6)),
                     in the same order and with the same shapes as grads.
    The caller's arrays are left unchanged.
    """
    arrays = [np.asarray(g, dtype=float) for g in grads]
    total_norm = float(np.sqrt(sum(np.sum(g * g) for g in arrays)))
    scale = min(1.0, max_norm / (total_norm + 1e-6))
    clipped = [g * scale for g in arrays]
    return clipped, total_norm
