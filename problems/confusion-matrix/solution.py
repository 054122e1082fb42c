import numpy as np


def confusion_matrix(y_true, y_pred, num_classes):
    """Counts of (true class, predicted class) pairs.

    y_true, y_pred: 1-D integer arrays of the same length N; num_classes: K >= 1.
    Returns a new integer array C of shape (K, K) with C[i, j] = #{n : y_true[n] == i and y_pred[n] == j}.
    Raises ValueError when the lengths differ or a label lies outside [0, K).
    """
    y_true = np.asarray(y_true)
    y_pred = np.asarray(y_pred)
    if y_true.shape != y_pred.shape:
        raise ValueError(f"y_true has shape {y_true.shape} but y_pred has shape {y_pred.shape}")
    for labels in (y_true, y_pred):
        bad = (labels < 0) | (labels >= num_classes)
        if bad.any():
            raise ValueError(f"label {labels[bad][0]} is outside [0, {num_classes})")
    flat = y_true.astype(np.intp) * num_classes + y_pred.astype(np.intp)
    return np.bincount(flat, minlength=num_classes * num_classes).reshape(num_classes, num_classes)
