"""Sums the per-element losses instead of averaging them.

Hint: 3
"""
import numpy as np


def bce_with_logits(logits, targets):
    loss = np.maximum(logits, 0) - logits * targets + np.log1p(np.exp(-np.abs(logits)))
    return float(loss.sum())
