import numpy as np


def precision_recall_f1(y_true, y_pred, num_classes, average="macro"):
    """Precision, recall and F1 of a multi-class prediction, macro- or micro-averaged.

    y_true, y_pred: 1-D integer arrays of the same length N; num_classes: K >= 1.
    average: "macro" (mean of the per-class values over all K classes) or "micro" (pooled counts).
    A class never predicted has precision 0, a class never true has recall 0, F1 = 0 where P + R = 0.
    Returns (precision, recall, f1) as floats. Raises ValueError for another average, mismatched
    lengths or a label outside [0, K).
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    y_true = np.array([0, 0, 0, 1, 1, 2])
    y_pred = np.array([0, 0, 1, 1, 2, 2])
    print(precision_recall_f1(y_true, y_pred, 3))
    print(precision_recall_f1(y_true, y_pred, 3, average="micro"))
