"""Sorts the caller's scores and labels in place (scores.sort(), y_true[:] = y_true[order]) instead of sorted copies."""
import numpy as np


def roc_auc(y_true, scores):
    if len(y_true) != len(scores):
        raise ValueError("length mismatch")
    order = np.argsort(scores, kind="stable")
    y_true[:] = y_true[order]
    scores.sort()
    n_pos = int(np.sum(y_true == 1))
    n_neg = len(y_true) - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("need both classes")
    _, inverse, counts = np.unique(scores, return_inverse=True, return_counts=True)
    ranks = (np.cumsum(counts) - counts + (counts + 1) / 2.0)[inverse.reshape(-1)]
    return float((ranks[y_true == 1].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
