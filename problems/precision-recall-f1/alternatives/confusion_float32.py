"""From the confusion matrix (np.add.at), with every ratio computed in float32."""
import numpy as np


def precision_recall_f1(y_true, y_pred, num_classes, average="macro"):
    if average not in ("macro", "micro"):
        raise ValueError("average must be 'macro' or 'micro'")
    if y_true.shape != y_pred.shape:
        raise ValueError("length mismatch")
    if y_true.size and (min(y_true.min(), y_pred.min()) < 0 or max(y_true.max(), y_pred.max()) >= num_classes):
        raise ValueError("label out of range")
    cm = np.zeros((num_classes, num_classes), dtype=np.float32)
    np.add.at(cm, (y_true, y_pred), 1)
    tp, pred, true = np.diag(cm), cm.sum(axis=0), cm.sum(axis=1)
    if average == "micro":
        tp, pred, true = tp.sum(keepdims=True), pred.sum(keepdims=True), true.sum(keepdims=True)
    p = np.where(pred > 0, tp / np.maximum(pred, 1), np.float32(0))
    r = np.where(true > 0, tp / np.maximum(true, 1), np.float32(0))
    denom = p + r
    f = np.where(denom > 0, 2 * p * r / np.where(denom > 0, denom, 1), np.float32(0))
    return p.mean(dtype=np.float32), r.mean(dtype=np.float32), f.mean(dtype=np.float32)
