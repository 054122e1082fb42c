"""Checks that y_true lies in [0, num_classes) but never checks y_pred.

Hint: 1
"""
import numpy as np


def confusion_matrix(y_true, y_pred, num_classes):
    if len(y_true) != len(y_pred):
        raise ValueError("length mismatch")
    if ((y_true < 0) | (y_true >= num_classes)).any():
        raise ValueError("label out of range")
    out = np.zeros((num_classes, num_classes), dtype=int)
    for t, p in zip(y_true, y_pred):
        out[t, p] += 1
    return out
