import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    """k-nearest-neighbour classification by majority vote.

    X_train: float array (n_train, d); y_train: integer array (n_train,) of labels (any integers);
    X_test: float array (n_test, d); k: int, 1 <= k <= n_train.
    Returns an array of shape (n_test,): for each test point, the most common label among its k
    nearest training points (Euclidean distance). Equal distances: the lower training index is nearer.
    Equal vote counts: the smaller label wins.
    """
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    y_train = np.asarray(y_train)
    dist = ((X_test ** 2).sum(1)[:, None] + (X_train ** 2).sum(1)[None, :]
            - 2.0 * X_test @ X_train.T)                       # (n_test, n_train) squared distances
    nearest = np.argsort(dist, axis=1, kind="stable")[:, :k]   # stable: equal distances keep index order
    votes = y_train[nearest]                                   # (n_test, k) labels of the neighbours
    classes = np.unique(y_train)                               # sorted ascending
    counts = (votes[:, :, None] == classes[None, None, :]).sum(axis=1)   # (n_test, n_classes)
    return classes[np.argmax(counts, axis=1)]                  # argmax takes the first, i.e. smallest, label
