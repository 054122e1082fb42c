"""Counts flat indices y_true * K + y_pred without a range check, so a pair (0, K) lands in cell (1, 0).

Hint: 1
"""
import numpy as np


def confusion_matrix(y_true, y_pred, num_classes):
    if len(y_true) != len(y_pred):
        raise ValueError("length mismatch")
    flat = y_true.astype(np.intp) * num_classes + y_pred.astype(np.intp)
    return np.bincount(flat, minlength=num_classes * num_classes).reshape(num_classes, num_classes)
