"""np.maximum of the hinge matrix in float32, with a one-hot mask for the true class."""
import numpy as np


def multiclass_hinge_loss(scores, targets, margin=1.0):
    s = np.asarray(scores, dtype=np.float32)
    t = np.asarray(targets)
    if t.ndim != 1 or t.shape[0] != s.shape[0]:
        raise ValueError("one target per row of scores")
    n, c = s.shape
    onehot = np.arange(c) == t[:, None]
    correct = np.sum(np.where(onehot, s, 0), axis=1, keepdims=True)
    hinge = np.where(onehot, 0, np.maximum(0, s + np.float32(margin) - correct))
    mask = (hinge > 0).astype(np.float32)
    grad = mask - onehot * mask.sum(axis=1, keepdims=True)
    return float(hinge.sum() / n), grad / n
