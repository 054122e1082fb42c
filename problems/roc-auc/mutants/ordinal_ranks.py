"""Ranks the scores with argsort(argsort(scores)), so tied scores get different ranks instead of their average rank."""
import numpy as np


def roc_auc(y_true, scores):
    if len(y_true) != len(scores):
        raise ValueError("length mismatch")
    n_pos = int(np.sum(y_true == 1))
    n_neg = len(y_true) - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("need both classes")
    ranks = np.argsort(np.argsort(scores, kind="stable"), kind="stable") + 1.0
    return float((ranks[y_true == 1].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
