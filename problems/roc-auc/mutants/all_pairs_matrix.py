"""Compares every positive with every negative in an (n_pos, n_neg) matrix: right, but O(n^2) time and memory.

Hint: 1
"""
import numpy as np


def roc_auc(y_true, scores):
    if len(y_true) != len(scores):
        raise ValueError("length mismatch")
    pos, neg = scores[y_true == 1], scores[y_true == 0]
    if pos.size == 0 or neg.size == 0:
        raise ValueError("need both classes")
    wins = (pos[:, None] > neg[None, :]).sum(dtype=np.float64)
    ties = (pos[:, None] == neg[None, :]).sum(dtype=np.float64)
    return float((wins + 0.5 * ties) / (pos.size * neg.size))
