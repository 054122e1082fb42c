import numpy as np


def gmm_e_step(X, weights, means, covariances):
    """The E-step of a Gaussian mixture with full covariances, in log space.

    X: (n, d) points; weights: (K,) mixing weights (positive, summing to 1);
    means: (K, d); covariances: (K, d, d), each symmetric positive definite.
    Returns (resp, log_likelihood): resp (n, K) with resp[i, k] the posterior probability that
    point i came from component k (rows sum to 1), and the float
    log_likelihood = sum_i log sum_k weights[k] * N(X[i] | means[k], covariances[k]).
    Raises ValueError when the shapes disagree on d or K.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    X = np.array([[0.0], [2.0]])
    weights = np.array([0.5, 0.5])
    means = np.array([[0.0], [2.0]])
    covariances = np.array([[[1.0]], [[1.0]]])
    print(gmm_e_step(X, weights, means, covariances))
