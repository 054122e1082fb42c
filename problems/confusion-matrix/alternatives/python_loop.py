"""A plain Python loop over the pairs after validating the input."""
import numpy as np


def confusion_matrix(y_true, y_pred, num_classes):
    if len(y_true) != len(y_pred):
        raise ValueError("y_true and y_pred differ in length")
    out = np.zeros((num_classes, num_classes), dtype=np.int64)
    for t, p in zip(y_true.tolist(), y_pred.tolist()):
        if not (0 <= t < num_classes and 0 <= p < num_classes):
            raise ValueError(f"label outside [0, {num_classes})")
        out[t, p] += 1
    return out
