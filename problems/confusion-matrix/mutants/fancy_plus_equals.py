"""Counts with C[y_true, y_pred] += 1, which adds 1 once per distinct pair however often it repeats.

Hint: 2
"""
import numpy as np


def confusion_matrix(y_true, y_pred, num_classes):
    if len(y_true) != len(y_pred):
        raise ValueError("length mismatch")
    for labels in (y_true, y_pred):
        if ((labels < 0) | (labels >= num_classes)).any():
            raise ValueError("label out of range")
    out = np.zeros((num_classes, num_classes), dtype=int)
    out[y_true, y_pred] += 1
    return out
