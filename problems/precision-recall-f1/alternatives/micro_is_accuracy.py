"""Micro scores as the accuracy (every wrong single-label prediction is one FP and one FN); macro per class in a loop."""
import numpy as np


def precision_recall_f1(y_true, y_pred, num_classes, average="macro"):
    if average not in ("macro", "micro"):
        raise ValueError("average must be 'macro' or 'micro'")
    if len(y_true) != len(y_pred):
        raise ValueError("length mismatch")
    if np.any(y_true < 0) or np.any(y_true >= num_classes) or np.any(y_pred < 0) or np.any(y_pred >= num_classes):
        raise ValueError("label out of range")
    if average == "micro":
        acc = float(np.mean(y_true == y_pred)) if len(y_true) else 0.0
        return acc, acc, acc
    ps, rs, fs = [], [], []
    for c in range(num_classes):
        tp = np.sum((y_true == c) & (y_pred == c))
        n_pred, n_true = np.sum(y_pred == c), np.sum(y_true == c)
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_true if n_true else 0.0
        ps.append(p)
        rs.append(r)
        fs.append(2 * p * r / (p + r) if p + r else 0.0)
    return float(np.mean(ps)), float(np.mean(rs)), float(np.mean(fs))
