"""Counts a tie as a full win (positive >= negative) instead of 1/2.

Hint: 1
"""
import numpy as np


def roc_auc(y_true, scores):
    if len(y_true) != len(scores):
        raise ValueError("length mismatch")
    pos, neg = scores[y_true == 1], np.sort(scores[y_true == 0])
    if pos.size == 0 or neg.size == 0:
        raise ValueError("need both classes")
    wins = np.searchsorted(neg, pos, side="right").sum(dtype=np.float64)
    return float(wins / (pos.size * neg.size))
