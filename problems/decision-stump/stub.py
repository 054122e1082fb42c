import numpy as np


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
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    X = np.array([[1.0], [2.0], [3.0], [4.0]])
    y = np.array([0, 0, 1, 1])
    print(best_split(X, y))
