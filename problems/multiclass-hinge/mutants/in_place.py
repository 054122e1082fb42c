"""Builds the hinge matrix in the caller's scores array, overwriting it."""
import numpy as np


def multiclass_hinge_loss(scores, targets, margin=1.0):
    t = np.asarray(targets)
    if t.shape != (scores.shape[0],):
        raise ValueError("targets and scores have different lengths")
    n = scores.shape[0]
    rows = np.arange(n)
    scores -= scores[rows, t][:, None]
    scores += margin
    scores[rows, t] = 0.0
    active = scores > 0
    loss = scores[active].sum() / n
    dscores = active.astype(float)
    dscores[rows, t] = -active.sum(axis=1)
    return float(loss), dscores / n
