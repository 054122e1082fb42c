import numpy as np


def confusion_matrix(y_true, y_pred, num_classes):
    """Counts of (true class, predicted class) pairs.

    y_true, y_pred: 1-D integer arrays of the same length N; num_classes: K >= 1.
    Returns a new integer array C of shape (K, K) with C[i, j] = #{n : y_true[n] == i and y_pred[n] == j}.
    Raises ValueError when the lengths differ or a label lies outside [0, K).
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    y_true = np.array([0, 0, 1, 2, 2, 2])
    y_pred = np.array([0, 1, 1, 2, 0, 2])
    print(confusion_matrix(y_true, y_pred, 3))
