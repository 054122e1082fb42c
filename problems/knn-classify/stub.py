import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    """k-nearest-neighbour classification by majority vote.

    X_train: float array (n_train, d); y_train: integer array (n_train,) of labels (any integers);
    X_test: float array (n_test, d); k: int, 1 <= k <= n_train.
    Returns an array of shape (n_test,): for each test point, the most common label among its k
    nearest training points (Euclidean distance). Equal distances: the lower training index is nearer.
    Equal vote counts: the smaller label wins.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    X_train = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [5.0, 5.0], [6.0, 5.0]])
    y_train = np.array([3, 3, 7, 7, 7])
    X_test = np.array([[0.2, 0.2], [5.5, 4.0], [3.0, 3.0]])
    print(knn_predict(X_train, y_train, X_test, 3))
