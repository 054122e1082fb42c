"""Exponentiates the densities and normalises them directly, so points far from every component give 0 / 0 = nan.

Hint: 2
"""
import numpy as np


def gmm_e_step(X, weights, means, covariances):
    X = np.asarray(X, dtype=float)
    weights = np.asarray(weights, dtype=float)
    means = np.asarray(means, dtype=float)
    covariances = np.asarray(covariances, dtype=float)
    n, d = X.shape
    K = weights.shape[0]
    if means.shape != (K, d) or covariances.shape != (K, d, d):
        raise ValueError("weights (K,), means (K, d) and covariances (K, d, d) must agree with X (n, d)")

    log_joint = np.empty((n, K))                     # log w_k + log N(x_i | mu_k, Sigma_k)
    for k in range(K):
        L = np.linalg.cholesky(covariances[k])       # Sigma = L L^T
        z = np.linalg.solve(L, (X - means[k]).T)     # (d, n): L^{-1} (x - mu)
        mahalanobis = np.sum(z ** 2, axis=0)         # (x - mu)^T Sigma^{-1} (x - mu)
        log_det = 2.0 * np.sum(np.log(np.diag(L)))
        log_joint[:, k] = np.log(weights[k]) - 0.5 * (d * np.log(2 * np.pi) + log_det + mahalanobis)

    joint = np.exp(log_joint)
    with np.errstate(divide="ignore", invalid="ignore"):
        p = joint.sum(axis=1, keepdims=True)
        return joint / p, float(np.sum(np.log(p)))
