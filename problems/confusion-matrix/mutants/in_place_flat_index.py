"""Builds the flat index in the caller's y_true (y_true *= K; y_true += y_pred), overwriting it."""
import numpy as np


def confusion_matrix(y_true, y_pred, num_classes):
    if len(y_true) != len(y_pred):
        raise ValueError("length mismatch")
    for labels in (y_true, y_pred):
        if ((labels < 0) | (labels >= num_classes)).any():
            raise ValueError("label out of range")
    flat = y_true
    flat *= num_classes
    flat += y_pred
    return np.bincount(flat.astype(np.intp), minlength=num_classes * num_classes).reshape(num_classes, num_classes)
