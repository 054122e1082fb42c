"""Clips p_t to at least 1e-12 before the log, which caps a confidently wrong row's loss at about 27.6.

Hint: 1
"""
import numpy as np


def focal_loss(logits, targets, gamma=2.0):
    z = np.asarray(logits, dtype=float)
    t = np.asarray(targets)
    if t.shape != (z.shape[0],):
        raise ValueError("targets and logits have different lengths")
    e = np.exp(z - z.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    pt = np.clip(p[np.arange(len(z)), t], 1e-12, 1.0)
    return float(np.mean(-((1 - pt) ** gamma) * np.log(pt)))
