import numpy as np

TIE = 1e-12   # gains within this of each other are ties


def best_split(X, y):
    """The best single split of (X, y) by Gini gain.

    X: array of shape (n, d); y: integer labels of shape (n,).
    Candidate thresholds: midpoints between consecutive distinct sorted values of each feature;
    rows with X[:, feature] <= threshold go left. gain = gini(parent) - size-weighted gini of the children.
    Returns (feature, threshold, gain) with the largest gain, ties to the lower feature, then the
    lower threshold (gains within 1e-12 are ties); (None, None, 0.0) when no feature has two
    distinct values.
    Raises ValueError when X and y have different numbers of rows.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    if X.shape[0] != y.shape[0]:
        raise ValueError("X and y must have the same number of rows")
    n, d = X.shape
    labels = np.unique(y)
    onehot = (y[:, None] == labels[None, :]).astype(float)          # (n, K)
    total = onehot.sum(axis=0)
    parent = 1.0 - np.sum((total / n) ** 2)
    sizes_left = np.arange(1, n, dtype=float)                        # 1 .. n-1 rows on the left
    sizes_right = n - sizes_left

    best, best_gain = (None, None, 0.0), -np.inf
    for j in range(d):
        order = np.argsort(X[:, j], kind="stable")
        values = X[order, j]
        left = np.cumsum(onehot[order], axis=0)[:-1]                # class counts left of each gap
        right = total - left
        gini_left = 1.0 - np.sum((left / sizes_left[:, None]) ** 2, axis=1)
        gini_right = 1.0 - np.sum((right / sizes_right[:, None]) ** 2, axis=1)
        gains = parent - (sizes_left * gini_left + sizes_right * gini_right) / n
        distinct = values[1:] > values[:-1]                          # only gaps between distinct values
        thresholds = (values[:-1] + values[1:]) / 2
        for gain, threshold in zip(gains[distinct], thresholds[distinct]):   # ascending thresholds
            if gain > best_gain + TIE:
                best, best_gain = (j, float(threshold), float(gain)), gain
    return best
