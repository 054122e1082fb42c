"""Computes the softmax without subtracting the row maximum, so exp overflows for logits like 1e4.

Hint: 1
"""
import numpy as np


def focal_loss(logits, targets, gamma=2.0):
    z = np.asarray(logits, dtype=float)
    t = np.asarray(targets)
    if t.shape != (z.shape[0],):
        raise ValueError("targets and logits have different lengths")
    lse = np.log(np.exp(z).sum(axis=1))
    log_pt = z[np.arange(len(z)), t] - lse
    return float(np.mean((1 - np.exp(log_pt)) ** gamma * -log_pt))
