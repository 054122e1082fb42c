"""Unbuffered scatter-add with np.add.at on the labels as given (int32 or int64)."""
import numpy as np


def confusion_matrix(y_true, y_pred, num_classes):
    if y_true.shape != y_pred.shape:
        raise ValueError("shape mismatch")
    both = np.concatenate([y_true, y_pred])
    if both.size and (both.min() < 0 or both.max() >= num_classes):
        raise ValueError("label out of range")
    out = np.zeros((num_classes, num_classes), dtype=np.int32)
    np.add.at(out, (y_true, y_pred), 1)
    return out
