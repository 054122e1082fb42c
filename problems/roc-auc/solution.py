import numpy as np


def roc_auc(y_true, scores):
    """Area under the ROC curve: P(a random positive scores higher than a random negative).

    y_true: 1-D integer array of 0/1 labels; scores: 1-D real array of the same length.
    Ties between a positive and a negative count 1/2. Runs in O(n log n).
    Returns a float. Raises ValueError for mismatched lengths or when only one class is present.
    """
    y_true = np.asarray(y_true)
    scores = np.asarray(scores)
    if y_true.shape != scores.shape:
        raise ValueError(f"y_true has shape {y_true.shape} but scores has shape {scores.shape}")
    pos = scores[y_true == 1]
    neg = np.sort(scores[y_true == 0])
    if pos.size == 0 or neg.size == 0:
        raise ValueError("roc_auc needs both classes")
    below = np.searchsorted(neg, pos, side="left")  # negatives strictly below each positive
    at_or_below = np.searchsorted(neg, pos, side="right")  # negatives below or tied
    wins_plus_half_ties = (below.sum(dtype=np.float64) + at_or_below.sum(dtype=np.float64)) / 2
    return float(wins_plus_half_ties / (pos.size * neg.size))
