import numpy as np


def multiclass_hinge_loss(scores, targets, margin=1.0):
    """Multiclass hinge (SVM) loss of a batch and its gradient.

    scores: float array (N, C); targets: integer array (N,) of class indices in [0, C).
    Returns (loss, dscores): loss a float, the mean over rows of
    sum_{j != y_i} max(0, s_ij - s_iy_i + margin); dscores (N, C) its gradient.
    """
    s = np.asarray(scores, dtype=float)
    t = np.asarray(targets)
    if t.shape != (s.shape[0],):
        raise ValueError(f"targets of shape {t.shape} do not match scores of shape {s.shape}")
    n = s.shape[0]
    rows = np.arange(n)
    margins = s - s[rows, t][:, None] + margin
    margins[rows, t] = 0.0  # the true class is not compared with itself
    active = margins > 0
    loss = np.where(active, margins, 0.0).sum() / n
    dscores = active.astype(float)
    dscores[rows, t] = -active.sum(axis=1)
    return float(loss), dscores / n
