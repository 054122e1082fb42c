"""Sizes the matrix from the largest label seen (max + 1) instead of num_classes."""
import numpy as np


def confusion_matrix(y_true, y_pred, num_classes):
    if len(y_true) != len(y_pred):
        raise ValueError("length mismatch")
    for labels in (y_true, y_pred):
        if ((labels < 0) | (labels >= num_classes)).any():
            raise ValueError("label out of range")
    k = int(max(y_true.max(initial=0), y_pred.max(initial=0))) + 1
    out = np.zeros((k, k), dtype=int)
    np.add.at(out, (y_true, y_pred), 1)
    return out
