"""Does not check that both classes are present, so a single class divides 0 by 0 (nan) instead of raising ValueError."""
import numpy as np


def roc_auc(y_true, scores):
    if len(y_true) != len(scores):
        raise ValueError("length mismatch")
    pos, neg = scores[y_true == 1], np.sort(scores[y_true == 0])
    lo = np.searchsorted(neg, pos, side="left").sum(dtype=np.float64)
    hi = np.searchsorted(neg, pos, side="right").sum(dtype=np.float64)
    with np.errstate(all="ignore"):
        return float(np.float64((lo + hi) / 2) / np.float64(pos.size * neg.size))
