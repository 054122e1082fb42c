"""The ROC curve at every distinct threshold (descending), integrated with the trapezoid rule."""
import numpy as np


def roc_auc(y_true, scores):
    if y_true.shape != scores.shape:
        raise ValueError("shape mismatch")
    n_pos = np.count_nonzero(y_true == 1)
    n_neg = y_true.size - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("need both classes")
    order = np.argsort(-scores.astype(np.float64), kind="stable")
    s, y = scores[order], (y_true[order] == 1)
    tps = np.cumsum(y, dtype=np.float64)
    fps = np.cumsum(~y, dtype=np.float64)
    last_of_group = np.concatenate([s[1:] != s[:-1], [True]])
    tpr = np.concatenate([[0.0], tps[last_of_group] / n_pos])
    fpr = np.concatenate([[0.0], fps[last_of_group] / n_neg])
    return float(np.sum((fpr[1:] - fpr[:-1]) * (tpr[1:] + tpr[:-1]) / 2))
