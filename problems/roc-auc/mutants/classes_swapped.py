"""Computes the probability that a negative outscores a positive (1 - AUC): the classes are swapped.

Hint: 1
"""
import numpy as np


def roc_auc(y_true, scores):
    if len(y_true) != len(scores):
        raise ValueError("length mismatch")
    pos, neg = scores[y_true == 0], np.sort(scores[y_true == 1])
    if pos.size == 0 or neg.size == 0:
        raise ValueError("need both classes")
    lo = np.searchsorted(neg, pos, side="left").sum(dtype=np.float64)
    hi = np.searchsorted(neg, pos, side="right").sum(dtype=np.float64)
    return float((lo + hi) / 2 / (pos.size * neg.size))
