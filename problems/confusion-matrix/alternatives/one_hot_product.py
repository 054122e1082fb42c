"""The product of one-hot matrices: onehot(y_true).T @ onehot(y_pred)."""
import numpy as np


def confusion_matrix(y_true, y_pred, num_classes):
    if len(y_true) != len(y_pred):
        raise ValueError("length mismatch")
    classes = np.arange(num_classes)
    if np.any((y_true < 0) | (y_true >= num_classes)) or np.any((y_pred < 0) | (y_pred >= num_classes)):
        raise ValueError("label out of range")
    t = (y_true[:, None] == classes).astype(np.int64)
    p = (y_pred[:, None] == classes).astype(np.int64)
    return t.T @ p
