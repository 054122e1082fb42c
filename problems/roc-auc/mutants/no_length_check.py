"""Does not compare the lengths of y_true and scores, so a mismatch raises IndexError (or passes) instead of ValueError."""
import numpy as np


def roc_auc(y_true, scores):
    pos, neg = scores[y_true == 1], np.sort(scores[y_true == 0])
    if pos.size == 0 or neg.size == 0:
        raise ValueError("need both classes")
    lo = np.searchsorted(neg, pos, side="left").sum(dtype=np.float64)
    hi = np.searchsorted(neg, pos, side="right").sum(dtype=np.float64)
    return float((lo + hi) / 2 / (pos.size * neg.size))
