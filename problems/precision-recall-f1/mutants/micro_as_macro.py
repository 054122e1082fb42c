"""Ignores average="micro" and always returns the macro scores.

Hint: 1
"""
import numpy as np


def _check(y_true, y_pred, num_classes, average):
    if average not in ("macro", "micro"):
        raise ValueError("bad average")
    if len(y_true) != len(y_pred):
        raise ValueError("length mismatch")
    for labels in (y_true, y_pred):
        if np.any((labels < 0) | (labels >= num_classes)):
            raise ValueError("label out of range")


def _counts(y_true, y_pred, k):
    classes = np.arange(k)
    tp = ((y_true == y_pred)[:, None] & (y_true[:, None] == classes)).sum(axis=0)
    pred = (y_pred[:, None] == classes).sum(axis=0)
    true = (y_true[:, None] == classes).sum(axis=0)
    return tp, pred, true


def _ratio(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return np.divide(a, b, out=np.zeros_like(a), where=b > 0)


def precision_recall_f1(y_true, y_pred, num_classes, average="macro"):
    _check(y_true, y_pred, num_classes, average)
    tp, pred, true = _counts(y_true, y_pred, num_classes)
    p, r = _ratio(tp, pred), _ratio(tp, true)
    f = _ratio(2 * p * r, p + r)
    return float(np.mean(p)), float(np.mean(r)), float(np.mean(f))
