"""Computes KL(q || p) = sum q log(q / p): the arguments swapped.

Hint: 1
"""
import numpy as np


def kl_divergence(p, q):
    terms = np.zeros_like(q)
    m = q > 0
    terms[m] = q[m] * np.log(q[m] / p[m])
    return float(np.mean(terms.sum(axis=-1)))
