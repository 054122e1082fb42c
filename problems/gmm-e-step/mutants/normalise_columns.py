"""Normalises the responsibilities down each column (over points) instead of along each row (over components).

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

    m = log_joint.max(axis=1, keepdims=True)         # shift by the row maximum: no underflow to 0 / 0
    log_norm = m + np.log(np.sum(np.exp(log_joint - m), axis=1, keepdims=True))   # log p(x_i)
    col = log_joint.max(axis=0, keepdims=True)
    resp = np.exp(log_joint - col) / np.exp(log_joint - col).sum(axis=0, keepdims=True)
    return resp, float(np.sum(log_norm))
