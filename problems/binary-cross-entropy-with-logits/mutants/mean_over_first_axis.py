"""Averages with axis=0 only: a 2-D batch gives an array of column means instead of one float.

Hint: 3
"""
import numpy as np


def bce_with_logits(logits, targets):
    loss = np.maximum(logits, 0) - logits * targets + np.log1p(np.exp(-np.abs(logits)))
    return loss.mean(axis=0)
