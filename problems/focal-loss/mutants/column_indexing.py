"""Indexes with logits[:, targets], which takes every row's entries at every target (an N x N matrix) instead of one per row.

Hint: 2
"""
import numpy as np


def focal_loss(logits, targets, gamma=2.0):
    z = np.asarray(logits, dtype=float)
    t = np.asarray(targets)
    if t.shape != (z.shape[0],):
        raise ValueError("targets and logits have different lengths")
    m = z.max(axis=1, keepdims=True)
    lse = m + np.log(np.exp(z - m).sum(axis=1, keepdims=True))
    log_pt = z[:, t] - lse
    return float(np.mean((1 - np.exp(log_pt)) ** gamma * -log_pt))
