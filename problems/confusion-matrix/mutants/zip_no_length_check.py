"""Loops over zip(y_true, y_pred) without comparing lengths, so extra labels are silently dropped."""
import numpy as np


def confusion_matrix(y_true, y_pred, num_classes):
    for labels in (y_true, y_pred):
        if ((labels < 0) | (labels >= num_classes)).any():
            raise ValueError("label out of range")
    out = np.zeros((num_classes, num_classes), dtype=int)
    for t, p in zip(y_true, y_pred):
        out[t, p] += 1
    return out
