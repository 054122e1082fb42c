import numpy as np


def roc_auc(y_true, scores):
    """Area under the ROC curve: P(a random positive scores higher than a random negative).

    y_true: 1-D integer array of 0/1 labels; scores: 1-D real array of the same length.
    Ties between a positive and a negative count 1/2. Runs in O(n log n).
    Returns a float. Raises ValueError for mismatched lengths or when only one class is present.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    print(roc_auc(np.array([0, 0, 1, 1]), np.array([0.1, 0.4, 0.35, 0.8])))
