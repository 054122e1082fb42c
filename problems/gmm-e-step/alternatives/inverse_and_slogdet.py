"""np.linalg.inv and np.linalg.slogdet per component, einsum for the quadratic forms, a hand-written logsumexp."""
import numpy as np


def gmm_e_step(X, weights, means, covariances):
    X = np.asarray(X, dtype=float)
    w = np.asarray(weights, dtype=float)
    mu = np.asarray(means, dtype=float)
    S = np.asarray(covariances, dtype=float)
    n, d = X.shape
    if len(w) != len(mu) or len(w) != len(S) or mu.shape[1] != d or S.shape[1:] != (d, d):
        raise ValueError("shapes disagree")
    P = np.linalg.inv(S)                                   # (K, d, d) precisions
    logdet = np.linalg.slogdet(S)[1]                       # (K,)
    diff = X[:, None, :] - mu[None, :, :]                  # (n, K, d)
    quad = np.einsum("nkd,kde,nke->nk", diff, P, diff)
    L = np.log(w) - 0.5 * (d * np.log(2 * np.pi) + logdet + quad)
    top = L.max(axis=1)
    lse = top + np.log(np.exp(L - top[:, None]).sum(axis=1))
    return np.exp(L - lse[:, None]), float(lse.sum())
