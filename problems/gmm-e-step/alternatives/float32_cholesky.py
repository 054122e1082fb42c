"""The Cholesky version in float32 (float32 inputs, float32 arithmetic), log-likelihood summed in float64."""
import numpy as np


def gmm_e_step(X, weights, means, covariances):
    X = np.asarray(X, dtype=np.float32)
    means = np.asarray(means, dtype=np.float32)
    covs = np.asarray(covariances, dtype=np.float32)
    w = np.asarray(weights, dtype=np.float32)
    n, d = X.shape
    if means.shape != (len(w), d) or covs.shape != (len(w), d, d):
        raise ValueError("shapes disagree")
    cols = []
    for k in range(len(w)):
        C = np.linalg.cholesky(covs[k])
        z = np.linalg.solve(C, (X - means[k]).T)
        cols.append(np.log(w[k]) - np.sum(np.log(np.diag(C))) - np.float32(0.5 * d * np.log(2 * np.pi)) - 0.5 * np.sum(z * z, axis=0))
    L = np.stack(cols, axis=1)
    m = L.max(axis=1, keepdims=True)
    lse = m + np.log(np.exp(L - m).sum(axis=1, keepdims=True))
    return np.exp(L - lse), float(np.sum(lse, dtype=np.float64))
