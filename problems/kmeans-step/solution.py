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
    X = np.asarray(X, dtype=float)
    old = np.asarray(centroids, dtype=float)
    diff = X[:, None, :] - old[None, :, :]             # (n, k, d): fine for the small k of k-means
    dist = np.einsum("nkd,nkd->nk", diff, diff)        # exact squared distances, (n, k)
    labels = np.argmin(dist, axis=1)                   # argmin returns the first minimum: lowest index on ties
    new = old.copy()                                   # empty clusters keep their old centroid
    for j in range(len(old)):
        members = X[labels == j]
        if len(members):
            new[j] = members.mean(axis=0)
    return new, labels
