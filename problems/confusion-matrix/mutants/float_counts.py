"""Returns the counts as a float array (np.zeros((K, K)) defaults to float64).

Hint: 1
"""
import numpy as np


def confusion_matrix(y_true, y_pred, num_classes):
    if len(y_true) != len(y_pred):
        raise ValueError("length mismatch")
    for labels in (y_true, y_pred):
        if ((labels < 0) | (labels >= num_classes)).any():
            raise ValueError("label out of range")
    out = np.zeros((num_classes, num_classes))
    np.add.at(out, (y_true, y_pred), 1)
    return out
