import numpy as np


def _safe_ratio(a, b):
    """a / b elementwise, with 0 where b == 0."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return np.divide(a, b, out=np.zeros_like(a), where=b > 0)


def precision_recall_f1(y_true, y_pred, num_classes, average="macro"):
    """Precision, recall and F1 of a multi-class prediction, macro- or micro-averaged.

    y_true, y_pred: 1-D integer arrays of the same length N; num_classes: K >= 1.
    average: "macro" (mean of the per-class values over all K classes) or "micro" (pooled counts).
    A class never predicted has precision 0, a class never true has recall 0, F1 = 0 where P + R = 0.
    Returns (precision, recall, f1) as floats. Raises ValueError for another average, mismatched
    lengths or a label outside [0, K).
    """
    if average not in ("macro", "micro"):
        raise ValueError(f"average must be 'macro' or 'micro', got {average!r}")
    y_true = np.asarray(y_true)
    y_pred = np.asarray(y_pred)
    if y_true.shape != y_pred.shape:
        raise ValueError(f"y_true has shape {y_true.shape} but y_pred has shape {y_pred.shape}")
    for labels in (y_true, y_pred):
        if np.any((labels < 0) | (labels >= num_classes)):
            raise ValueError(f"labels must lie in [0, {num_classes})")
    y_true = y_true.astype(np.intp)
    y_pred = y_pred.astype(np.intp)
    tp = np.bincount(y_true[y_true == y_pred], minlength=num_classes)
    predicted = np.bincount(y_pred, minlength=num_classes)
    actual = np.bincount(y_true, minlength=num_classes)
    if average == "micro":
        tp, predicted, actual = tp.sum(), predicted.sum(), actual.sum()
    precision = _safe_ratio(tp, predicted)
    recall = _safe_ratio(tp, actual)
    f1 = _safe_ratio(2 * precision * recall, precision + recall)
    return float(np.mean(precision)), float(np.mean(recall)), float(np.mean(f1))
