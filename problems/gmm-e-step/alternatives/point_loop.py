"""A loop over points and components with np.linalg.solve and np.linalg.det on well-scaled matrices, normalising by the best component."""
import math

import numpy as np


def gmm_e_step(X, weights, means, covariances):
    X = np.asarray(X, dtype=float)
    means = np.asarray(means, dtype=float)
    covariances = np.asarray(covariances, dtype=float)
    n, d = X.shape
    K = len(weights)
    if means.shape != (K, d) or covariances.shape != (K, d, d):
        raise ValueError("shapes disagree")
    half_logdets = [0.5 * np.linalg.slogdet(c)[1] for c in covariances]
    resp = np.zeros((n, K))
    ll = 0.0
    for i in range(n):
        scores = np.array([
            math.log(weights[k]) - half_logdets[k] - 0.5 * d * math.log(2 * math.pi)
            - 0.5 * float((X[i] - means[k]) @ np.linalg.solve(covariances[k], X[i] - means[k]))
            for k in range(K)
        ])
        best = scores.max()
        e = np.exp(scores - best)
        resp[i] = e / e.sum()
        ll += best + math.log(e.sum())
    return resp, ll
