import numpy as np


def kmeans_step(X, centroids):
    """One step of Lloyd's algorithm for k-means.

    X: float array of shape (n, d), the points; centroids: float array of shape (k, d).
    Returns (new_centroids, labels):
      labels: integer array of shape (n,), labels[i] the index of the centroid nearest to X[i]
              (squared Euclidean distance; a tie goes to the lowest index);
      new_centroids: float array of shape (k, d), row j the mean of the points labelled j,
              or the old centroid j when no point is labelled j.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    X = np.array([[0.0, 0.0], [1.0, 0.0], [4.0, 4.0], [5.0, 4.0], [2.0, 2.0]])
    centroids = np.array([[0.0, 1.0], [5.0, 5.0], [20.0, 20.0]])
    new_centroids, labels = kmeans_step(X, centroids)
    print(new_centroids)
    print(labels)
