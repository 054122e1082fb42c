"""Uses p * log(q / p): the sign of every term flipped, so the divergence comes out negative.

Hint: 1
"""
import numpy as np


def kl_divergence(p, q):
    terms = np.zeros_like(p)
    m = p > 0
    terms[m] = p[m] * np.log(q[m] / p[m])
    return float(np.mean(terms.sum(axis=-1)))
