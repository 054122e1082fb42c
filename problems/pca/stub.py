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
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    X = np.array([[9.0, 3.0], [1.0, -1.0], [6.0, -1.0], [4.0, 3.0]])
    components, explained_variance = pca(X, 2)
    print(components)
    print(explained_variance)
