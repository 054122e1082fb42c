"""Counts a hinge whose argument is exactly 0 as active (margins >= 0), giving it a gradient of 1.

Hint: 2
"""
import numpy as np


def multiclass_hinge_loss(scores, targets, margin=1.0):
    s = np.asarray(scores, dtype=float)
    t = np.asarray(targets)
    if t.shape != (s.shape[0],):
        raise ValueError("targets and scores have different lengths")
    n = s.shape[0]
    rows = np.arange(n)
    margins = s - s[rows, t][:, None] + margin
    margins[rows, t] = -1.0
    active = margins >= 0
    loss = margins[active].sum() / n
    dscores = active.astype(float)
    dscores[rows, t] = -active.sum(axis=1)
    return float(loss), dscores / n
