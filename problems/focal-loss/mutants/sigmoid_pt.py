"""Uses a sigmoid of the target logit (RetinaNet's per-class form) instead of the softmax over the row.

Hint: 1
"""
import numpy as np


def focal_loss(logits, targets, gamma=2.0):
    z = np.asarray(logits, dtype=float)
    t = np.asarray(targets)
    if t.shape != (z.shape[0],):
        raise ValueError("targets and logits have different lengths")
    zt = z[np.arange(len(z)), t]
    log_pt = -np.logaddexp(0.0, -zt)
    return float(np.mean((1 - np.exp(log_pt)) ** gamma * -log_pt))
