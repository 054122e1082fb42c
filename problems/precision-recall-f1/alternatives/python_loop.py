"""Pure Python: counts TP, FP and FN in one loop, then applies the formulas class by class."""


def precision_recall_f1(y_true, y_pred, num_classes, average="macro"):
    if average not in ("macro", "micro"):
        raise ValueError("average must be 'macro' or 'micro'")
    if len(y_true) != len(y_pred):
        raise ValueError("length mismatch")
    tp = [0] * num_classes
    fp = [0] * num_classes
    fn = [0] * num_classes
    for t, p in zip(y_true.tolist(), y_pred.tolist()):
        if not (0 <= t < num_classes and 0 <= p < num_classes):
            raise ValueError("label out of range")
        if t == p:
            tp[t] += 1
        else:
            fp[p] += 1
            fn[t] += 1

    def prf(a, b, c):
        prec = a / (a + b) if a + b else 0.0
        rec = a / (a + c) if a + c else 0.0
        return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)

    if average == "micro":
        return prf(sum(tp), sum(fp), sum(fn))
    rows = [prf(tp[c], fp[c], fn[c]) for c in range(num_classes)]
    return tuple(sum(row[i] for row in rows) / num_classes for i in range(3))
