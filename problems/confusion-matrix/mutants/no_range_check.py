"""Does not check the labels: -1 silently counts into the last row or column (negative indexing).

Hint: 1
"""
import numpy as np


def confusion_matrix(y_true, y_pred, num_classes):
    if len(y_true) != len(y_pred):
        raise ValueError("length mismatch")
    out = np.zeros((num_classes, num_classes), dtype=int)
    for t, p in zip(y_true, y_pred):
        out[t, p] += 1
    return out
