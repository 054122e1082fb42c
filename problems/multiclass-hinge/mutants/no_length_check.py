"""Does not check that targets has one entry per row of scores, so a length mismatch is not a ValueError."""
import numpy as np


def multiclass_hinge_loss(scores, targets, margin=1.0):
    s = np.asarray(scores, dtype=float)
    t = np.asarray(targets)
    n = s.shape[0]
    rows = np.arange(n)
    margins = s - s[rows, t][:, None] + margin
    margins[rows, t] = 0.0
    active = margins > 0
    loss = margins[active].sum() / n
    dscores = active.astype(float)
    dscores[rows, t] = -active.sum(axis=1)
    return float(loss), dscores / n
