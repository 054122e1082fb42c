import numpy as np


def pca(X, k):
    """Principal component analysis of the rows of X.

    X: float array of shape (n, d), one sample per row; k: number of components, 1 <= k <= d.
    Returns (components, explained_variance):
      components: float array of shape (k, d), unit-length rows, the directions of largest
                  variance in decreasing order of variance, each row's largest-magnitude entry positive;
      explained_variance: float array of shape (k,), the variance of the data along each
                  component (sample variance, dividing by n - 1), decreasing.
    """
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)                       # centre every feature
    cov = Xc.T @ Xc / (X.shape[0] - 1)            # (d, d) sample covariance
    values, vectors = np.linalg.eigh(cov)         # ascending eigenvalues, eigenvectors in columns
    order = np.argsort(values)[::-1][:k]          # the k largest, largest first
    components = vectors[:, order].T              # rows are components
    biggest = np.argmax(np.abs(components), axis=1)
    signs = np.sign(components[np.arange(k), biggest])
    return components * signs[:, None], values[order]
