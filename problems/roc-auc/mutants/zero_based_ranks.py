"""Uses 0-based average ranks with the 1-based correction n_pos (n_pos + 1) / 2, which is off by n_pos / (n_pos n_neg)."""
import numpy as np


def roc_auc(y_true, scores):
    if len(y_true) != len(scores):
        raise ValueError("length mismatch")
    n_pos = int(np.sum(y_true == 1))
    n_neg = len(y_true) - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("need both classes")
    _, inverse, counts = np.unique(scores, return_inverse=True, return_counts=True)
    start = np.cumsum(counts) - counts
    ranks = (start + (counts - 1) / 2.0)[inverse.reshape(-1)]
    return float((ranks[y_true == 1].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
