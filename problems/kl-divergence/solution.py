import numpy as np


def kl_divergence(p, q):
    """KL divergence KL(p || q) between distributions along the last axis, in nats.

    p, q: float arrays of the same shape (..., C); each slice along the last axis is a
        probability distribution. A 1-D input is a single distribution.
    Returns a float: sum over the last axis of p * log(p / q), averaged over the leading axes.
    Terms with p == 0 contribute 0; the result is inf if p > 0 where q == 0.
    """
    p = np.asarray(p, dtype=float)
    q = np.asarray(q, dtype=float)
    terms = np.zeros_like(p)
    mask = p > 0
    pm = p[mask]
    with np.errstate(divide="ignore"):
        terms[mask] = pm * (np.log(pm) - np.log(q[mask]))  # log 0 = -inf gives a +inf term
    per_distribution = terms.sum(axis=-1)
    return float(np.mean(per_distribution))
