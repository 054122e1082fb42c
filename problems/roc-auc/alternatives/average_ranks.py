"""Mann-Whitney U: tied scores share their average 1-based rank, AUC = (rank sum of positives - n+(n+ + 1)/2) / (n+ n-)."""
import numpy as np


def roc_auc(y_true, scores):
    if len(y_true) != len(scores):
        raise ValueError("length mismatch")
    is_pos = y_true == 1
    n_pos = int(is_pos.sum())
    n_neg = len(y_true) - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("need both classes")
    order = np.argsort(scores, kind="mergesort")
    sorted_scores = scores[order]
    # tie groups in the sorted order
    new_group = np.concatenate([[True], sorted_scores[1:] != sorted_scores[:-1]])
    group = np.cumsum(new_group) - 1
    starts = np.flatnonzero(new_group)
    ends = np.concatenate([starts[1:], [len(scores)]])
    avg = (starts + 1 + ends) / 2.0  # mean of ranks starts+1 .. ends
    ranks = np.empty(len(scores))
    ranks[order] = avg[group]
    return float((ranks[is_pos].sum() - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg))
